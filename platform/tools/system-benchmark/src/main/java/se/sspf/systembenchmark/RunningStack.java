package se.sspf.systembenchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

/**
 * The stack {@code ./stack up} started, as its processes show it: for each part its command line
 * and environment, so that the benchmark can start more of the same process — with the same JVM,
 * options, archive and configuration — beside it.
 */
@RequiredArgsConstructor
final class RunningStack {

    private final Path state;

    /** The command line of the part's running process. */
    List<String> commandOf(String part) {
        return List.of(read(Path.of("/proc", pidOf(part), "cmdline")).split("\0"));
    }

    /** The environment of the part's running process. */
    Map<String, String> environmentOf(String part) {
        Map<String, String> environment = new HashMap<>();
        for (String entry : read(Path.of("/proc", pidOf(part), "environ")).split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }

    private String pidOf(String part) {
        Path file = state.resolve("pids").resolve(part + ".pid");
        if (!Files.exists(file)) {
            throw new IllegalStateException(part + " is not running: start the stack first (./stack bench does)");
        }
        return read(file).trim();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
