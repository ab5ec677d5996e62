package se.sspf.platform.consentgate;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.consent.ConsentServiceApplication;
import se.sspf.consent.domain.Consent;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;
import se.sspf.testsupport.TestTokens;

/**
 * A real consent-service beside the gate under test: its own database, a fixed port, the same
 * broker and topic prefix. It can be stopped and started again on the same database and port.
 */
final class ConsentServiceInstance implements AutoCloseable {

    static final String HANDLER = TestTokens.forUser("2380", Agency.SOCIAL_SERVICES, Role.STAFF);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final TestDatabase database = RealInfrastructure.get().postgres().createDatabase("gateconsentservice");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String topicPrefix;
    private final Clock clock;
    private ConfigurableApplicationContext context;

    ConsentServiceInstance(int port, String topicPrefix, Clock clock) {
        this.port = port;
        this.topicPrefix = topicPrefix;
        this.clock = clock;
    }

    String url() {
        return urlOf(port);
    }

    static String urlOf(int port) {
        return "http://127.0.0.1:" + port;
    }

    synchronized void start() {
        context = new SpringApplicationBuilder(ConsentServiceApplication.class)
                .initializers(app -> {
                    app.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder());
                    app.getBeanFactory().registerSingleton("clock", clock);
                })
                .run("--server.port=" + port,
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                        "--sspf.kafka.topic-prefix=" + topicPrefix,
                        "--sspf.consent-gate.enabled=false",
                        "--logging.level.root=WARN");
    }

    synchronized void stop() {
        context.close();
    }

    /** Registers a consent between school, social services and police about school and crime; returns its id. */
    String register(String youthRef, LocalDate validUntil) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Consent.SWEDEN);
        Map<String, Object> request = Map.of(
                "caseId", UUID.randomUUID().toString(), "youthRef", youthRef, "youthBirthDate", today.minusYears(19).toString(),
                "terms", Map.of(
                        "scope", Map.of("agencies", List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE"), "invitedPersons", List.of(),
                                "categories", List.of("SCHOOL_OCCUPATION", "CRIMINALITY")),
                        "validFrom", today.toString(), "validUntil", validUntil.toString(),
                        "guardiansWithCustody", List.of(),
                        "signatures", List.of(Map.of("signer", "YOUTH", "signedOn", today.toString())),
                        "handler", Map.of("name", "Handläggare", "phone", "063-14 30 00", "agency", "SOCIAL_SERVICES"),
                        "signedFormRef", "SN 2026/1", "researchFollowUp", false));
        HttpResponse<String> response = post("/api/consents", request);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asString();
    }

    void revoke(String consentId) {
        HttpResponse<String> response = post("/api/consents/" + consentId + "/revocation",
                Map.of("revokedBy", "YOUTH", "reason", "I want to stop"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("revocation failed: " + response.body());
        }
    }

    private HttpResponse<String> post(String path, Object body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url() + path))
                    .header("Authorization", "Bearer " + HANDLER)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (context != null && context.isActive()) {
            context.close();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
