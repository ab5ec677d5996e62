package se.sspf.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A runnable Spring Boot jar taken apart by Spring Boot's own jar mode: the layers it declares (dependencies, the
 * loader, snapshot dependencies, the application), in that order, each a folder whose files go under one directory
 * of the image. Libraries come before the application so that a change of code alone changes only the last layer.
 */
record BootJarLayers(List<Path> folders) {

    /** The thin jar that starts the application: its manifest's class path names lib/, beside it. */
    static final String APPLICATION_JAR = "app.jar";

    static BootJarLayers extract(Path runnableJar, Path destination) {
        List<String> names = run(runnableJar, "list-layers").lines().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        run(runnableJar, "extract", "--layers", "--destination", destination.toString(), "--application-filename",
                APPLICATION_JAR, "--force");
        return new BootJarLayers(names.stream().map(destination::resolve).filter(Files::isDirectory).toList());
    }

    /** Every file of the layer, relative to its folder (lib/x.jar, app.jar). */
    static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(Path runnableJar, String... arguments) {
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djarmode=tools", "-jar", runnableJar.toString()), Stream.of(arguments)).toList();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }
}
