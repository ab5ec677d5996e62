package se.sspf.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

/**
 * One of the platform's runnable jars as its own process, as it runs in production: started with
 * arguments on a free port, waited for until ready, stopped with the test or harness. Its output goes
 * to target/process-logs/&lt;name&gt;.log.
 */
@RequiredArgsConstructor
public final class RunnableJar implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final int port = FreePort.next();
    private Process process;

    /** @param jar the runnable jar, e.g. gateway/target/gateway-…-exec.jar */

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public RunnableJar start(String... arguments) throws IOException {
        File log = Path.of("target", "process-logs", name + ".log").toFile();
        log.getParentFile().mkdirs();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        return this;
    }

    /** Waits until the process answers 200 at the path (its readiness probe, or what says the same). */
    public RunnableJar awaitReady(String path, Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended at start; see target/process-logs/" + name + ".log");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url() + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + within);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

}
