package se.sspf.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.Port;

/**
 * Builds each application's image with Jib, without a Docker engine or a registry: the base image from
 * base/make-base-image.sh, the runnable jar's layers under /app, and the healthcheck class; written as a
 * {@code docker load} tarball, target/images/&lt;application&gt;.tar.
 *
 * <p>Arguments: BASE_TAR APPS_DIR OUTPUT_DIR VERSION SOURCE LICENSES. Jib gives every file and the image itself
 * fixed times, so the same jars on the same base make the same image, digest and all.
 */
public final class ImageBuild {

    /** Debian's JRE in the base image; the entrypoint names it, there is no shell to find it on a PATH. */
    static final String JAVA = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java";
    static final AbsoluteUnixPath APP = AbsoluteUnixPath.get("/app");
    static final AbsoluteUnixPath HEALTHCHECK = AbsoluteUnixPath.get("/opt/sspf/healthcheck");
    /** Owns no file in the image: the application can read its files, never change them. */
    static final String USER = "10001:10001";
    static final String JAVA_TOOL_OPTIONS = "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError";

    private final Path baseImage;
    private final Path output;
    private final String version;
    private final String source;
    private final String licenses;

    ImageBuild(Path baseImage, Path output, String version, String source, String licenses) {
        this.baseImage = baseImage;
        this.output = output;
        this.version = version;
        this.source = source;
        this.licenses = licenses;
    }

    public static void main(String[] args) throws Exception {
        Path apps = Path.of(args[1]);
        ImageBuild build = new ImageBuild(Path.of(args[0]).toRealPath(), Path.of(args[2]), args[3], args[4], args[5]);
        for (Application application : Application.values()) {
            JibContainer image = build.build(application, apps.resolve(application.artifact() + ".jar"));
            System.out.printf("%s %s%n", application.image(build.version), image.getDigest());
        }
    }

    /** Builds the application's image from its runnable jar into OUTPUT_DIR/&lt;application&gt;.tar. */
    JibContainer build(Application application, Path runnableJar) throws Exception {
        Path extracted = output.resolveSibling("image-layers").resolve(application.artifact());
        JibContainerBuilder image = Jib.from(TarImage.at(baseImage))
                .setEntrypoint(List.of(JAVA, "-jar", APP.resolve(BootJarLayers.APPLICATION_JAR).toString()))
                .addEnvironmentVariable("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS)
                .addExposedPort(Port.tcp(application.port()))
                .setUser(USER)
                .setWorkingDirectory(APP)
                .setCreationTime(Instant.EPOCH)
                .addLabel("org.opencontainers.image.title", application.artifact())
                .addLabel("org.opencontainers.image.version", version)
                .addLabel("org.opencontainers.image.source", source)
                .addLabel("org.opencontainers.image.licenses", licenses)
                .addLabel("org.opencontainers.image.base.name", "sspf/jre:17-bookworm");
        for (Path folder : BootJarLayers.extract(runnableJar, extracted).folders()) {
            FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(folder.getFileName().toString());
            BootJarLayers.files(folder).forEach(file -> layer.addEntry(folder.resolve(file), APP.resolve(file)));
            image.addFileEntriesLayer(layer.build());
        }
        image.addFileEntriesLayer(healthcheckLayer());
        Files.createDirectories(output);
        return image.containerize(Containerizer.to(TarImage.at(output.resolve(application.artifact() + ".tar"))
                        .named(application.image(version)))
                .setApplicationLayersCache(output.resolveSibling("jib-cache"))
                .setToolName("sspf-images")
                .addEventHandler(LogEvent.class, ImageBuild::log));
    }

    /** The compiled {@link Healthcheck}, on a class path of its own. */
    private static FileEntriesLayer healthcheckLayer() throws Exception {
        Path classes = Path.of(Healthcheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String file = Healthcheck.class.getName().replace('.', '/') + ".class";
        return FileEntriesLayer.builder().setName("healthcheck")
                .addEntry(classes.resolve(file), HEALTHCHECK.resolve(file)).build();
    }

    private static void log(LogEvent event) {
        if (event.getLevel().compareTo(LogEvent.Level.WARN) <= 0) {
            System.err.println(event.getLevel() + " " + event.getMessage());
        }
    }
}
