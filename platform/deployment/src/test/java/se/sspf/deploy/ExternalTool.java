package se.sspf.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool the tests run as the operators do (kubectl, docker compose); it fails loudly
 * when the tool is missing, because a check that quietly skips checks nothing.
 */
record ExternalTool(List<String> command, String installHint) {

    /** The tool named by the environment variable, if set, else the default command. */
    static ExternalTool of(String environmentVariable, List<String> defaultCommand, String installHint) {
        List<String> command = Optional.ofNullable(System.getenv(environmentVariable)).filter(s -> !s.isBlank())
                .map(value -> List.of(value.trim().split("\\s+")))
                .orElse(defaultCommand);
        return new ExternalTool(command, installHint + " (or point the environment variable " + environmentVariable
                + " at it)");
    }

    /** Runs the tool with these arguments in the directory and returns what it printed; exit 0 is required. */
    String run(Path directory, String... arguments) {
        List<String> line = new ArrayList<>(command);
        line.addAll(List.of(arguments));
        String shown = String.join(" ", line);
        Process process;
        try {
            process = new ProcessBuilder(line).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run '" + command.get(0) + "': " + installHint, e);
        }
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String stdout = read(process.getInputStream());
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(shown + " did not finish within 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + shown, e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(shown + " failed (exit " + process.exitValue() + "):\n" + stderr.join());
        }
        return stdout;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
