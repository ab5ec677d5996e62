package se.sspf.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import se.sspf.testsupport.OidcLogin;
import se.sspf.testsupport.RunnableJar;

/**
 * What the gateway adds to a request: the same small GET, at the same fixed rate (open loop), once
 * straight to a service stand-in and once through the gateway (token check, rate limit, circuit
 * breaker, request id, tracing), in alternating rounds within one run. The gateway and the identity
 * server run from their runnable jars, as in production; the stand-in answers at once, so the
 * difference is the gateway's.
 *
 * <p>Build first ({@code ./mvnw install -DskipTests}); {@code -Drate=200 -Dseconds=20 -Drounds=3}.
 */
public final class GatewayOverhead {

    /** The repository: where Maven runs (exec:java runs in its JVM), or two levels up from this module. */
    private static final Path ROOT = Files.isDirectory(Path.of("gateway")) ? Path.of(".") : Path.of("../../..");

    public static void main(String[] args) {
        BenchmarkMain.run(GatewayOverhead::measure);
    }

    private static void measure() throws Exception {
        int rate = Integer.getInteger("rate", 200);
        int seconds = Integer.getInteger("seconds", 20);
        int rounds = Integer.getInteger("rounds", 3);
        Tomcat service = serviceStandIn();
        String serviceUrl = "http://127.0.0.1:" + service.getConnector().getLocalPort();

        try (RunnableJar identity = new RunnableJar("identity-server",
                jar("platform/applications/identity-server", "identity-server"));
             RunnableJar gateway = new RunnableJar("gateway", jar("gateway", "gateway"))) {
            identity.start("--spring.security.oauth2.authorizationserver.issuer=http://127.0.0.1:" + identity.port());
            gateway.start("--SSPF_CASE_SERVICE_URL=" + serviceUrl, "--sspf.oidc.issuer=" + identity.url(),
                    "--sspf.oidc.jwk-set-uri=" + identity.url() + "/oauth2/jwks", "--SSPF_RATE_LIMIT_PER_USER=100000",
                    "--SSPF_RATE_LIMIT_PER_CLIENT=100000", "--logging.level.root=WARN");
            identity.awaitReady("/.well-known/openid-configuration", Duration.ofSeconds(90));
            gateway.awaitReady("/actuator/health/readiness", Duration.ofSeconds(90));
            String token = new OidcLogin(identity.url(), "sspf-web", "http://127.0.0.1:8080/login/callback")
                    .accessToken("polis", "sspf-demo");
            HttpClient http = HttpClient.newHttpClient();
            String path = "/api/cases/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b";

            run(http, serviceUrl + path, token, rate, 5);                 // warm-up of both
            run(http, gateway.url() + path, token, rate, 5);
            System.out.printf("GET %s, %d/s for %d s per round, %d rounds each (open loop, from the planned send "
                    + "time)%n", path, rate, seconds, rounds);
            for (int round = 1; round <= rounds; round++) {
                System.out.println("round " + round + " direct   "
                        + new Percentiles(run(http, serviceUrl + path, token, rate, seconds)).summary());
                System.out.println("round " + round + " gateway  "
                        + new Percentiles(run(http, gateway.url() + path, token, rate, seconds)).summary());
            }
        } finally {
            service.stop();
            service.destroy();
        }
    }

    /** A service that answers at once: a servlet in the same Tomcat the services run on. */
    private static Tomcat serviceStandIn() throws Exception {
        byte[] answer = "{\"id\":\"5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b\",\"status\":\"ACTIVE\"}"
                .getBytes(StandardCharsets.UTF_8);
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("stand-in").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "answer", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
                response.setContentType("application/json");
                response.setContentLength(answer.length);
                response.getOutputStream().write(answer);
            }
        });
        context.addServletMappingDecoded("/*", "answer");
        tomcat.start();
        return tomcat;
    }

    private static long[] run(HttpClient http, String url, String token, int rate, int seconds) {
        int total = rate * seconds;
        long period = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        AtomicInteger failures = new AtomicInteger();
        CompletableFuture<?>[] inFlight = new CompletableFuture<?>[total];
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            LockSupport.parkNanos(due - System.nanoTime());
            int slot = i;
            inFlight[i] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                latencies[slot] = System.nanoTime() - due;
                if (error != null || response.statusCode() != 200) {
                    if (failures.incrementAndGet() == 1) {
                        System.out.println("first failure: " + (error != null ? error : "HTTP "
                                + response.statusCode()));
                    }
                }
                return null;
            });
        }
        CompletableFuture.allOf(inFlight).join();
        if (failures.get() > 0) {
            throw new AssertionError(failures.get() + " of " + total + " requests to " + url + " failed");
        }
        return latencies;
    }

    private static Path jar(String module, String name) throws Exception {
        try (var files = Files.list(ROOT.resolve(module).resolve("target"))) {
            return files.filter(file -> file.getFileName().toString().startsWith(name)
                    && file.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + module
                    + "/target: run ./mvnw install -DskipTests first"));
        }
    }

    private GatewayOverhead() {
    }
}
