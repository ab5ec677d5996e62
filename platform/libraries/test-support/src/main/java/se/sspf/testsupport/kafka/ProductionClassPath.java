package se.sspf.testsupport.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class path the service runs with in production: its own classes and its runtime dependencies, as Maven wrote
 * them to {@value #FILE} (the service's pom, maven-dependency-plugin build-classpath). A test's class path holds
 * more (another service run beside it, that service's libraries), which the service itself never runs.
 */
final class ProductionClassPath {

    static final String FILE = "target/runtime-classpath.txt";

    private final Set<Path> entries;

    private ProductionClassPath(Set<Path> entries) {
        this.entries = entries;
    }

    /** Of the module whose tests run (the working directory). */
    static ProductionClassPath ofThisModule() {
        Path file = Path.of(FILE);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file.toAbsolutePath() + " is missing: run the test through Maven, whose "
                    + "maven-dependency-plugin (build-classpath, phase generate-test-resources) writes it");
        }
        try {
            Stream<Path> dependencies = Arrays.stream(Files.readString(file).trim().split(java.io.File.pathSeparator))
                    .filter(entry -> !entry.isBlank()).map(Path::of);
            return new ProductionClassPath(Stream.concat(Stream.of(Path.of("target", "classes")), dependencies)
                    .map(ProductionClassPath::real).collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean holds(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return false;
        }
        try {
            return entries.contains(real(Path.of(source.getLocation().toURI())));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
