package se.sspf.systembenchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * One more process of a stack's application, started as the stack started it (same java, options,
 * class data archive, environment) on a port of its own — optionally with a jar added to its class
 * path. The benchmark's own processes are marked {@code -Dsspf.bench=}, and it stops them itself.
 */
final class ProcessCopy implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final String readyPath;
    private final Process process;
    private final long startedAt;

    private ProcessCopy(String name, int port, String readyPath, Process process, long startedAt) {
        this.name = name;
        this.port = port;
        this.readyPath = readyPath;
        this.process = process;
        this.startedAt = startedAt;
    }

    /**
     * Starts a copy of {@code part}. {@code extraJar} (may be null) joins the class path, which
     * also drops the class data archive (it holds the original class path only).
     */
    static ProcessCopy of(RunningStack stack, String part, String name, int port, Map<String, String> environment,
            Path extraJar, Path logs) {
        List<String> original = stack.commandOf(part);
        List<String> command = new ArrayList<>();
        String jar = null;
        for (int i = 0; i < original.size(); i++) {
            String argument = original.get(i);
            if (argument.equals("-jar")) {
                jar = original.get(++i);
            } else if (argument.startsWith("-Dsspf.stack=")) {
                command.add("-Dsspf.bench=" + name);
            } else if (!(extraJar != null && argument.startsWith("-XX:SharedArchiveFile="))) {
                command.add(argument);
            }
        }
        if (jar == null) {
            throw new IllegalStateException(part + " was not started from a jar: " + original);
        }
        if (extraJar != null) {
            command.add("-cp");
            command.add(jar + File.pathSeparator + extraJar);
            command.add(mainClassOf(jar));
        } else {
            command.add("-jar");
            command.add(jar);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().clear();
        builder.environment().putAll(stack.environmentOf(part));
        builder.environment().put("SSPF_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logs);
            long startedAt = System.nanoTime();
            return new ProcessCopy(name, port, readyPathOf(part), builder.start(), startedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readyPathOf(String part) {
        return part.equals("identity-server") ? "/.well-known/openid-configuration" : "/actuator/health/readiness";
    }

    private static String mainClassOf(String jar) {
        try (JarFile file = new JarFile(jar)) {
            return file.getManifest().getMainAttributes().getValue("Main-Class");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the copy answers ready; returns the milliseconds since its start. */
    long awaitReady(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + readyPath)).timeout(Duration.ofSeconds(1))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + ")");
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedAt) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(name + " was not ready within " + atMost);
    }

    /** Resident memory now, in megabytes. */
    long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            throw new IllegalStateException("no VmRSS for " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
