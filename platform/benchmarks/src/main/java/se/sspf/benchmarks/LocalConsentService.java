package se.sspf.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.consent.ConsentServiceApplication;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;
import se.sspf.testsupport.TestTokens;

/** A real consent-service for a harness: its own database on the local PostgreSQL, the test-support broker. */
final class LocalConsentService implements AutoCloseable {

    static final String HANDLER = TestTokens.forUser("2380", Agency.SOCIAL_SERVICES, Role.STAFF);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    private LocalConsentService(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    static LocalConsentService start() {
        RealInfrastructure servers = RealInfrastructure.get();
        TestDatabase database = servers.postgres().createDatabase("benchmarkconsentservice");
        // As arguments, which rank above the service's application.yml.
        return new LocalConsentService(new SpringApplicationBuilder(ConsentServiceApplication.class)
                .initializers(app -> app.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder()))
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.kafka.bootstrap-servers=" + servers.kafka().bootstrapServers(),
                        "--sspf.consent-gate.enabled=false",
                        "--logging.level.root=WARN"));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** An 19-year-old's consent between school, social services and police about school and crime; returns its id. */
    String register(String youthRef) {
        Map<String, Object> request = Map.of(
                "caseId", UUID.randomUUID().toString(), "youthRef", youthRef, "youthBirthDate", TODAY.minusYears(19).toString(),
                "terms", Map.of(
                        "scope", Map.of("agencies", List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE"), "invitedPersons", List.of(),
                                "categories", List.of("SCHOOL_OCCUPATION", "CRIMINALITY")),
                        "validFrom", TODAY.toString(), "validUntil", TODAY.plusMonths(6).toString(),
                        "guardiansWithCustody", List.of(),
                        "signatures", List.of(Map.of("signer", "YOUTH", "signedOn", TODAY.toString())),
                        "handler", Map.of("name", "Handläggare", "phone", "063-14 30 00", "agency", "SOCIAL_SERVICES"),
                        "signedFormRef", "SN 2026/1", "researchFollowUp", false));
        return JSON.readTree(expect(201, post("/api/consents", request))).path("id").asString();
    }

    void revoke(String consentId) {
        expect(200, post("/api/consents/" + consentId + "/revocation", Map.of("revokedBy", "YOUTH", "reason", "I stop")));
    }

    HttpResponse<String> post(String path, Object body) {
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

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @Override
    public void close() {
        context.close();
    }
}
