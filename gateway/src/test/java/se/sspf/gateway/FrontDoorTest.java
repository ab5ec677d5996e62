package se.sspf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.identity.IdentityServerInstance;
import se.sspf.testsupport.OidcLogin;
import se.sspf.testsupport.TestTokens;

/**
 * The front door against a real identity server, with each service stood in for by a real HTTP
 * server of its own that answers with its name and the path it got, and notes the headers it saw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sspf.gateway.rate-limit.per-user-per-second=10", "sspf.oidc.clock-skew=0s"})
class FrontDoorTest {

    private static final String SHORT_LIVED =
            "--spring.security.oauth2.authorizationserver.client.short-lived.registration.";

    private static final List<String> SERVICES = List.of("consent-service", "case-service", "plan-service",
            "notification-service");
    private static final Map<String, Map<String, String>> SEEN = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final Map<String, HttpServer> BACKENDS = SERVICES.stream()
            .collect(Collectors.toMap(service -> service, FrontDoorTest::backendNamed));
    /** A client whose tokens live two seconds, to see an expired one refused. */
    private static final IdentityServerInstance IDENTITY = new IdentityServerInstance().start(
            SHORT_LIVED + "client-id=short-lived",
            SHORT_LIVED + "client-authentication-methods=none",
            SHORT_LIVED + "authorization-grant-types=authorization_code",
            SHORT_LIVED + "redirect-uris="
            + IdentityServerInstance.REDIRECT,
            SHORT_LIVED + "scopes=openid",
            "--spring.security.oauth2.authorizationserver.client.short-lived.require-proof-key=true",
            "--spring.security.oauth2.authorizationserver.client.short-lived.token.access-token-time-to-live=2s");
    private static final String POLICE = IDENTITY.tokenFor("polis");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void pointAtTheBackendsAndTheIdentityServer(DynamicPropertyRegistry registry) {
        BACKENDS.forEach((service, backend) -> registry.add(
                "SSPF_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
                () -> "http://127.0.0.1:" + backend.getAddress().getPort()));
        registry.add("sspf.oidc.issuer", IDENTITY::issuer);
        registry.add("sspf.oidc.jwk-set-uri", IDENTITY::jwkSetUri);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/consents/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b, consent-service",
            "/api/cases/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b/journal, case-service",
            "/api/plans/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b, plan-service",
            "/api/notifications, notification-service",
            "/api/subscriptions, notification-service"})
    void routesEachApiToTheServiceThatOwnsItWithTheUsersToken(String path, String owner) throws Exception {
        HttpResponse<String> response = get(path, POLICE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(owner + " got " + path);
        assertThat(SEEN.get(owner).get("authorization")).as("zero trust: the service checks the token too")
                .isEqualTo("Bearer " + POLICE);
    }

    @Test
    void withoutAValidTokenNothingIsRouted() throws Exception {
        String expiring = new OidcLogin(IDENTITY.issuer(), "short-lived", IdentityServerInstance.REDIRECT)
                .accessToken("polis", IdentityServerInstance.PASSWORD);
        assertThat(get("/api/cases", expiring).statusCode()).isEqualTo(200);
        Thread.sleep(2_500);

        for (String refused : List.of("", TestTokens.signedByAStranger("2380", Agency.POLICE, Role.STAFF), expiring,
                "not-a-token")) {
            HttpResponse<String> answer = get("/api/cases", refused.isEmpty() ? null : refused);
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).doesNotContain("Exception", "at se.", "at org.");
        }
    }

    @Test
    void overItsRateAUserGets429WithRetryAfterWhileOthersGoOn() throws Exception {
        String leisure = IDENTITY.tokenFor("fritid");
        // Sixty at once: more than the burst (20) and a second's refill (10) together.
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
                    .header("Authorization", "Bearer " + leisure).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        HttpResponse<String> limited = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst()
                .orElse(null);

        assertThat(statuses).contains(200, 429).containsOnly(200, 429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("rate-limited");
        assertThat(get("/api/cases", IDENTITY.tokenFor("skola")).statusCode()).as("another user is not limited")
                .isEqualTo(200);
    }

    @Test
    void aStoppedServiceIsA503WithinMillisecondsWhileTheOtherRoutesAnswer() throws Exception {
        String school = IDENTITY.tokenFor("skola");
        BACKENDS.get("notification-service").stop(0);

        long started = System.nanoTime();
        HttpResponse<String> down = get("/api/notifications", school);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(millis).isLessThan(300);
        assertThat(down.body()).contains("notification-service cannot answer");
        assertThat(get("/api/cases/x", school).statusCode()).isEqualTo(200);
    }

    @Test
    void everyRequestCarriesARequestIdAndTraceContextAndEveryAnswerSecurityHeaders() throws Exception {
        HttpResponse<String> answer = get("/api/plans/abc", POLICE);

        String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(SEEN.get("plan-service").get("x-request-id")).isEqualTo(requestId);
        assertThat(CALLS.get(requestId).get()).as("routed once").isEqualTo(1);
        assertThat(SEEN.get("plan-service").get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void theWebClientsOriginMayCallTheApiFromABrowserAndNoOtherOrigin() throws Exception {
        assertThat(preflight("http://127.0.0.1:8080").headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://127.0.0.1:8080");
        assertThat(preflight("https://evil.example").statusCode()).isEqualTo(403);
    }

    @Test
    void theWebClientIsServedAtEveryOneOfItsRoutesWithItsIdentityProviderFromTheEnvironment() throws Exception {
        for (String route : List.of("/", "/login/callback", "/cases/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b/plan",
                "/inbox", "/figures")) {
            HttpResponse<String> page = get(route, null);
            assertThat(page.statusCode()).as(route).isEqualTo(200);
            assertThat(page.body()).as(route).contains("<div id=\"app\">", "lang=\"sv\"");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self'", "connect-src 'self' " + IDENTITY.issuer())
                    .doesNotContain("unsafe-eval"));
        }
        String script = page("/").replaceAll("(?s).*<script type=\"module\" crossorigin src=\"([^\"]+)\".*", "$1");
        assertThat(get(script, null).statusCode()).as(script).isEqualTo(200);
        HttpResponse<String> config = get("/config.json", null);
        assertThat(config.body()).contains("\"issuer\":\"" + IDENTITY.issuer() + "\"", "\"clientId\":\"sspf-web\"");
        assertThat(get("/api/cases", null).statusCode()).as("the API still needs a token").isEqualTo(401);
    }

    private String page(String path) throws Exception {
        return get(path, null).body();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeAnyServiceSeesIt() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/cases"))
                .header("Authorization", "Bearer " + POLICE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(2_000_000)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void aPathNoServiceOwnsIsNotFoundAndTheProbesAnswerWithoutAToken() throws Exception {
        assertThat(get("/api/elsewhere", POLICE).statusCode()).isEqualTo(404);
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).doesNotContain("\"db\"", "\"kafka\"");
    }

    @AfterAll
    static void stopEverything() {
        BACKENDS.values().forEach(backend -> backend.stop(0));
        IDENTITY.close();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer backendNamed(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/", exchange -> {
                Map<String, String> headers = new ConcurrentHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
                SEEN.put(service, headers);
                CALLS.computeIfAbsent(headers.getOrDefault("x-request-id", "none"), any -> new AtomicInteger())
                        .incrementAndGet();
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
