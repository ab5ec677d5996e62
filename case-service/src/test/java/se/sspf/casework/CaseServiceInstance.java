package se.sspf.casework;


import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;
import se.sspf.testsupport.TestTokens;

/**
 * A real case-service beside the tests of a service that works on its cases: its own database, a
 * fixed port, the test-support broker, a topic prefix and the consent-service it asks. Published in
 * this module's test jar.
 */
public final class CaseServiceInstance implements AutoCloseable {

    /** A key made for the tests only; production reads SSPF_CASE_IDENTITY_KEY from a secret. */
    private static final String TEST_IDENTITY_KEY = "dGVzdC1vbmx5LWtleS1mb3ItY2FzZS1zZXJ2aWNlLSE=";

    private final int port;
    private final TestDatabase database = RealInfrastructure.get().postgres().createDatabase("caseserviceinstance");
    private final String topicPrefix;
    private final String consentServiceUrl;
    private ConfigurableApplicationContext context;
    private String issuer;

    public CaseServiceInstance(int port, String topicPrefix, String consentServiceUrl) {
        this.port = port;
        this.topicPrefix = topicPrefix;
        this.consentServiceUrl = consentServiceUrl;
    }

    public String url() {
        return urlOf(port);
    }

    public static String urlOf(int port) {
        return "http://127.0.0.1:" + port;
    }


    /** Validates tokens from a real OIDC server (its issuer; keys at /oauth2/jwks) instead of the test key. */
    public CaseServiceInstance trusting(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public synchronized void start() {
        context = new SpringApplicationBuilder(CaseServiceApplication.class)
                .initializers(app -> {
                    if (issuer == null) {
                        app.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder());
                    }
                })
                // As arguments, which rank above any application.yml; the one on the class path may be the host test's.
                .run("--server.port=" + port,
                        "--spring.application.name=case-service",
                        "--spring.flyway.locations=classpath:db/case",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                        "--sspf.kafka.topic-prefix=" + topicPrefix,
                        "--sspf.consent-gate.consent-service-url=" + consentServiceUrl,
                        "--sspf.case.identity-key=" + TEST_IDENTITY_KEY,
                        "--sspf.oidc.issuer=" + (issuer == null ? TestTokens.ISSUER : issuer),
                        "--sspf.oidc.jwk-set-uri=" + (issuer == null ? "http://127.0.0.1:1/unused" : issuer + "/oauth2/jwks"),
                        "--logging.level.root=WARN");
    }

    @Override
    public void close() {
        if (context != null && context.isActive()) {
            context.close();
        }
    }
}
