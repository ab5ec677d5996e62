package se.sspf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    private static final Map<String, AtomicInteger> CALLS_TO = SERVICES.stream()
            .collect(Collectors.toConcurrentMap(service -> service, service -> new AtomicInteger()));
    /** What each request (by its X-Request-Id) brought to its service. */
    private static final Map<String, byte[]> BODIES = new ConcurrentHashMap<>();
    private static final int MEGABYTE = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
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
            "/api/groups/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b/meetings, case-service",
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

        assertProblem(down, 503, "service-unavailable");
        assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
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
                "/inbox", "/figures", "/systems", "/groups",
                "/groups/5d1c0a56-3f7e-4c44-9a3b-1c2d3e4f5a6b/meetings/6e2d1b67-4f8f-4d55-8b4c-2d3e4f5a6b7c")) {
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
    void aTenMegabyteBodySentChunkedIsRefusedWith413BeforeAnyServiceSeesIt() throws Exception {
        int callsBefore = CALLS_TO.get("case-service").get();

        HttpResponse<String> answer = post("/api/cases", "chunked-ten-megabytes",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[10 * MEGABYTE])));

        assertProblem(answer, 413, "request-too-large");
        assertThat(CALLS.get("chunked-ten-megabytes")).as("the service never saw the request").isNull();
        assertThat(CALLS_TO.get("case-service").get()).isEqualTo(callsBefore);
    }

    @Test
    void aSmallBodySentChunkedReachesTheServiceWhole() throws Exception {
        byte[] twoKilobytes = new byte[2048];
        Arrays.fill(twoKilobytes, (byte) 'x');

        HttpResponse<String> answer = post("/api/cases", "chunked-two-kilobytes",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoKilobytes)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(BODIES.get("chunked-two-kilobytes")).isEqualTo(twoKilobytes);
        assertThat(SEEN.get("case-service").get("transfer-encoding")).as("sent chunked").isEqualTo("chunked");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWith413BeforeAnyServiceSeesIt() throws Exception {
        HttpResponse<String> answer = post("/api/cases", "declared-two-megabytes",
                HttpRequest.BodyPublishers.ofString("x".repeat(2 * MEGABYTE)));

        assertProblem(answer, 413, "request-too-large");
        assertThat(CALLS.get("declared-two-megabytes")).as("the service never saw the request").isNull();
    }

    @Test
    void theGatewaysOwnRefusalsAreProblemDetailsWithAStableType() throws Exception {
        assertProblem(get("/api/cases", null), 401, "unauthorized");
        assertProblem(get("/api/elsewhere", POLICE), 404, "not-found");
        assertProblem(get("/nothing-here", null), 404, "not-found");
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api-docs")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                .contains("GET"));
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

    private HttpResponse<String> post(String path, String requestId, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + POLICE)
                .header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .POST(body)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** problem+json with the status and {@code type} given, and nothing of the gateway's insides. */
    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(content -> assertThat(content).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://sspf.se/problems/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "at se.", "at org.", "trace");
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
                String requestId = headers.getOrDefault("x-request-id", "none");
                CALLS.computeIfAbsent(requestId, any -> new AtomicInteger()).incrementAndGet();
                CALLS_TO.get(service).incrementAndGet();
                BODIES.put(requestId, exchange.getRequestBody().readAllBytes());
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
