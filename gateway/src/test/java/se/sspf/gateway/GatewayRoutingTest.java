package se.sspf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Each service is stood in for by a real HTTP server of its own that answers with its name and the path it got. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    private static final List<String> SERVICES = List.of("consent-service", "case-service", "plan-service", "notification-service");
    private static final Map<String, HttpServer> BACKENDS = SERVICES.stream()
            .collect(Collectors.toMap(service -> service, GatewayRoutingTest::backendNamed));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void pointRoutesAtTheBackends(DynamicPropertyRegistry registry) {
        BACKENDS.forEach((service, backend) -> registry.add(
                "SSPF_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
                () -> "http://127.0.0.1:" + backend.getAddress().getPort()));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/consents/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b, consent-service",
            "/api/cases/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b/journal, case-service",
            "/api/plans/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b, plan-service",
            "/api/notifications, notification-service",
            "/api/subscriptions, notification-service"})
    void routesEachApiToTheServiceThatOwnsIt(String path, String owner) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(owner + " got " + path);
    }

    @Test
    void aPathNoServiceOwnsIsNotFound() throws Exception {
        assertThat(get("/api/elsewhere").statusCode()).isEqualTo(404);
    }

    @Test
    void isLiveAndReadyWithoutADatabaseOrBroker() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).doesNotContain("\"db\"", "\"kafka\"");
    }

    @AfterAll
    static void stopBackends() {
        BACKENDS.values().forEach(backend -> backend.stop(0));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer backendNamed(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = (service + " got " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
