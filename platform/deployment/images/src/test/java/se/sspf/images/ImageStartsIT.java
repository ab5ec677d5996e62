package se.sspf.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The identity server's image started without a container runtime, as one would start it: its layers unpacked in
 * order into a folder, that folder the root (chroot) mounted read-only with a fresh /tmp, the image's user, its
 * environment and its entrypoint. An image that could not start (a missing library, a class path that names what
 * is not there, a write outside /tmp) fails here. Needs root, as chroot and mounts do; CI runs as root.
 */
class ImageStartsIT {

    private static final Path IMAGE = Path.of(System.getProperty("sspf.images.directory"), "identity-server.tar");
    private static final String DISCOVERY = "/.well-known/openid-configuration";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theIdentityServersImageStartsOnAReadOnlyRootAsItsUserAndItsHealthcheckSeesIt(@TempDir Path work)
            throws Exception {
        Path root = unpack(work);
        JsonNode config = ImageTarball.open(IMAGE).containerConfig();
        String user = config.path("User").asText();
        int port = freePort();

        List<String> command = inTheImage(root, user);
        config.path("Entrypoint").forEach(argument -> command.add(argument.asText()));
        ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("identity-server.log").toFile());
        Map<String, String> environment = start.environment();
        environment.clear();
        config.path("Env").forEach(variable -> {
            String[] nameAndValue = variable.asText().split("=", 2);
            environment.put(nameAndValue[0], nameAndValue[1]);
        });
        environment.put("SSPF_PORT", String.valueOf(port));
        environment.put("SSPF_OIDC_ISSUER", "http://127.0.0.1:" + port);
        Process server = start.start();
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .failFast("the server stopped", () -> !server.isAlive())
                    .untilAsserted(() -> assertThat(status(port)).isEqualTo(200));
            assertThat(healthcheck(root, user, port)).as("the image's healthcheck, the server up").isZero();
            assertThat(healthcheck(root, user, freePort())).as("the image's healthcheck, nothing listening")
                    .isEqualTo(1);
            assertThat(Files.readString(work.resolve("identity-server.log"))).doesNotContain("Read-only file system");
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            System.out.print(Files.readString(work.resolve("identity-server.log")));
        }
    }

    /** The layers of the image, in the manifest's order, unpacked as a runtime would: the image's file system. */
    private static Path unpack(Path work) throws Exception {
        Path tarball = Files.createDirectories(work.resolve("tarball"));
        Path root = Files.createDirectories(work.resolve("root"));
        assertThat(run("tar", "-xf", IMAGE.toString(), "-C", tarball.toString())).isZero();
        JsonNode manifest = new ObjectMapper().readTree(tarball.resolve("manifest.json").toFile()).get(0);
        for (JsonNode layer : manifest.get("Layers")) {
            assertThat(run("tar", "-xzf", tarball.resolve(layer.asText()).toString(), "-C", root.toString())).isZero();
        }
        return root;
    }

    /**
     * The start of a command line that runs what follows in the image as a runtime would: a mount namespace of its
     * own in which the root is read-only, /tmp a tmpfs and /proc mounted (the JVM's loader finds its libraries
     * through /proc/self/exe), then chroot as the user.
     */
    private static List<String> inTheImage(Path root, String user) {
        return new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--fork", "/bin/sh", "-ec",
                "root=$0 user=$1; shift; mount --bind \"$root\" \"$root\"; mount -o remount,bind,ro \"$root\";"
                        + " mount -t tmpfs tmpfs \"$root/tmp\"; mount -t proc proc \"$root/proc\";"
                        + " exec chroot --userspec=\"$user\" \"$root\" \"$@\"",
                root.toString(), user));
    }

    /** Runs the image's healthcheck as a compose file does, with the image's java, inside the image. */
    private static int healthcheck(Path root, String user, int port) throws Exception {
        List<String> command = inTheImage(root, user);
        command.addAll(List.of(ImageBuild.JAVA, "-cp", ImageBuild.HEALTHCHECK.toString(),
                Healthcheck.class.getName(), String.valueOf(port), DISCOVERY));
        return run(command.toArray(String[]::new));
    }

    private static int status(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DISCOVERY))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        return process.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
