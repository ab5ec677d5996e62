package se.sspf.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.sspf.consent.domain.Consent;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;
import se.sspf.testsupport.TestTokens;

/**
 * A real consent-service beside a gate under test or a benchmark harness: its own database, a fixed
 * port, the test-support broker and a given topic prefix and clock. It can be stopped and started
 * again on the same database and port. Published in this module's test jar.
 */
public final class ConsentServiceInstance implements AutoCloseable {

    public static final String HANDLER = TestTokens.forUser("2380", Agency.SOCIAL_SERVICES, Role.STAFF);

    private final int port;
    private final TestDatabase database = RealInfrastructure.get().postgres().createDatabase("consentserviceinstance");
    private final ApiClient api;
    private final String topicPrefix;
    private final Clock clock;
    private ConfigurableApplicationContext context;
    private String issuer;

    public ConsentServiceInstance(int port, String topicPrefix, Clock clock) {
        this.port = port;
        this.api = new ApiClient(port);
        this.topicPrefix = topicPrefix;
        this.clock = clock;
    }

    public String url() {
        return urlOf(port);
    }

    public static String urlOf(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** Validates tokens from a real OIDC server (its issuer; keys at /oauth2/jwks) instead of the test key. */
    public ConsentServiceInstance trusting(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public synchronized void start() {
        context = new SpringApplicationBuilder(ConsentServiceApplication.class)
                .initializers(app -> {
                    if (issuer == null) {
                        app.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder());
                    }
                    app.getBeanFactory().registerSingleton("clock", clock);
                })
                // As arguments, which rank above any application.yml; the one on the class path may be the host test's.
                .run("--server.port=" + port,
                        "--spring.application.name=consent-service",
                        "--spring.flyway.locations=classpath:db/consent",
                        "--spring.task.scheduling.pool.size=2",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                        "--sspf.kafka.topic-prefix=" + topicPrefix,
                        "--sspf.consent-gate.enabled=false",
                        "--sspf.oidc.issuer=" + (issuer == null ? TestTokens.ISSUER : issuer),
                        "--sspf.oidc.jwk-set-uri=" + (issuer == null ? "http://127.0.0.1:1/unused" : issuer + "/oauth2/jwks"),
                        "--logging.level.root=WARN");
    }

    public synchronized void stop() {
        context.close();
    }

    /** Registers a 19-year-old's consent between school, social services and police about school and crime; returns its id. */
    public String register(String youthRef, LocalDate validUntil) {
        return register(UUID.randomUUID(), youthRef, validUntil);
    }

    /** The same, for a given case. */
    public String register(UUID caseId, String youthRef, LocalDate validUntil) {
        return register(caseId, youthRef, validUntil, List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE"), List.of("SCHOOL_OCCUPATION", "CRIMINALITY"));
    }

    /** A 19-year-old's consent for a case, between the agencies and about the categories given (by name). */
    public String register(UUID caseId, String youthRef, LocalDate validUntil, List<String> agencies, List<String> categories) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Consent.SWEDEN);
        Map<String, Object> request = Map.of(
                "caseId", caseId.toString(), "youthRef", youthRef, "youthBirthDate", today.minusYears(19).toString(),
                "terms", Map.of(
                        "scope", Map.of("agencies", agencies, "invitedPersons", List.of(), "categories", categories),
                        "validFrom", today.toString(), "validUntil", validUntil.toString(),
                        "guardiansWithCustody", List.of(),
                        "signatures", List.of(Map.of("signer", "YOUTH", "signedOn", today.toString())),
                        "handler", Map.of("name", "Handläggare", "phone", "063-14 30 00", "agency", "SOCIAL_SERVICES"),
                        "signedFormRef", "SN 2026/1", "researchFollowUp", false));
        return expect(201, api.post(HANDLER, "/api/consents", request)).text("id");
    }

    public void revoke(String consentId) {
        expect(200, api.post(HANDLER, "/api/consents/" + consentId + "/revocation", Map.of("revokedBy", "YOUTH", "reason", "I want to stop")));
    }

    private static ApiClient.Response expect(int status, ApiClient.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }

    @Override
    public void close() {
        if (context != null && context.isActive()) {
            context.close();
        }
    }

}
