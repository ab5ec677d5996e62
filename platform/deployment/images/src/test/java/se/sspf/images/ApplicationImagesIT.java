package se.sspf.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The six images `package` built, opened as a container runtime would open them: what would keep one from starting,
 * or let it run as root or change its own files, fails here rather than on a cluster.
 */
class ApplicationImagesIT {

    private static final Path IMAGES = Path.of(System.getProperty("sspf.images.directory"));
    private static final String VERSION = System.getProperty("sspf.version");
    private static final Map<Application, ImageTarball> BUILT = new EnumMap<>(Application.class);

    @BeforeAll
    static void openTheImages() {
        for (Application application : Application.values()) {
            BUILT.put(application, ImageTarball.open(IMAGES.resolve(application.artifact() + ".tar"), "/app/app.jar"));
        }
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void eachImageIsNamedForItsApplicationAndTaggedWithTheVersion(Application application) {
        assertThat(BUILT.get(application).repoTags()).containsExactly("sspf/" + application.artifact() + ":" + VERSION);
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void eachImageRunsAsANonRootUserThatOwnsNothingInIt(Application application) {
        ImageTarball image = BUILT.get(application);
        assertThat(image.containerConfig().path("User").asText()).isEqualTo("10001:10001");
        List<String> writable = new ArrayList<>();
        image.files().forEach((path, entry) -> {
            // Files and folders only: a runtime mounts its own /dev, and a link's mode means nothing.
            boolean plain = entry.isDirectory() || entry.isFile() && !entry.isSymbolicLink() && !entry.isLink()
                    && !entry.isCharacterDevice() && !entry.isBlockDevice() && !entry.isFIFO();
            // Sticky scratch folders (/tmp, /var/tmp, /run/lock) are read-only with the root file system.
            boolean sticky = entry.isDirectory() && (entry.getMode() & 01000) != 0;
            boolean othersMayWrite = plain && !sticky && (entry.getMode() & 0002) != 0;
            if (entry.getLongUserId() == 10001 || othersMayWrite) {
                writable.add(path);
            }
        });
        assertThat(writable).as("files the application could change").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void eachEntrypointIsTheImagesJavaStartingAnApplicationJarWhoseClassPathIsInTheImage(Application application)
            throws Exception {
        ImageTarball image = BUILT.get(application);
        Map<String, TarArchiveEntry> files = image.files();
        List<String> entrypoint = texts(image.containerConfig().path("Entrypoint"));
        assertThat(entrypoint).containsExactly(ImageBuild.JAVA, "-jar", "/app/app.jar");
        assertThat(files.get(ImageBuild.JAVA)).as(ImageBuild.JAVA).isNotNull()
                .satisfies(java -> assertThat(java.isFile() && (java.getMode() & 0001) != 0).isTrue());
        byte[] applicationJar = image.read("/app/app.jar").orElseThrow();
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(applicationJar))) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(classPath.split(" ")).hasSizeGreaterThan(20)
                    .allSatisfy(library -> assertThat(files).as("the class path's " + library)
                            .containsKey("/app/" + library));
        }
        assertThat(image.containerConfig().path("WorkingDir").asText()).isEqualTo("/app");
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void eachImageExposesTheApplicationsPortAndCarriesTheOciLabels(Application application) {
        JsonNode config = BUILT.get(application).containerConfig();
        assertThat(names(config.path("ExposedPorts"))).containsExactly(application.port() + "/tcp");
        JsonNode labels = config.path("Labels");
        assertThat(labels.path("org.opencontainers.image.title").asText()).isEqualTo(application.artifact());
        assertThat(labels.path("org.opencontainers.image.version").asText()).isEqualTo(VERSION);
        assertThat(labels.path("org.opencontainers.image.source").asText()).startsWith("https://");
        assertThat(labels.path("org.opencontainers.image.licenses").asText()).isNotBlank();
        assertThat(texts(config.path("Env"))).contains("JAVA_TOOL_OPTIONS=" + ImageBuild.JAVA_TOOL_OPTIONS);
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void noImageHasAShellOrAPackageManager(Application application) {
        Map<String, TarArchiveEntry> files = BUILT.get(application).files();
        assertThat(files.get("/bin")).as("/bin is usr/bin (merged /usr)").isNotNull()
                .satisfies(bin -> assertThat(bin.getLinkName()).isEqualTo("usr/bin"));
        assertThat(files).doesNotContainKeys("/usr/bin/sh", "/usr/bin/bash", "/usr/bin/dash", "/usr/bin/perl",
                "/usr/bin/apt-get", "/usr/bin/dpkg");
        assertThat(files).containsKey("/usr/bin/ls");
    }

    @Test
    void theSameJarsOnTheSameBaseMakeTheSameImageByteForByte(@TempDir Path again) throws Exception {
        Application application = Application.CONSENT_SERVICE;
        Path runnableJar = Path.of(System.getProperty("sspf.images.apps"), application.artifact() + ".jar");
        new ImageBuild(Path.of(System.getProperty("sspf.images.base")).toRealPath(), again, VERSION,
                System.getProperty("sspf.images.source"), System.getProperty("sspf.images.licenses"))
                .build(application, runnableJar);
        List<String> rebuilt = ImageTarball.open(again.resolve(application.artifact() + ".tar")).memberDigests();
        assertThat(rebuilt).hasSizeGreaterThan(5).isEqualTo(BUILT.get(application).memberDigests());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
