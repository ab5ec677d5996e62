package se.sspf.plan;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;
import se.sspf.testsupport.TestTokens;

/**
 * A real plan-service beside end-to-end tests: its own database, a fixed port, the test-support
 * broker, a topic prefix, the consent-service its gate asks and the OIDC server whose tokens it
 * trusts (or, with none, the test key's). Published in this module's test jar.
 */
public final class PlanServiceInstance implements AutoCloseable {

    private final int port;
    private final TestDatabase database = RealInfrastructure.get().postgres().createDatabase("planserviceinstance");
    private final String topicPrefix;
    private final String consentServiceUrl;
    private final String issuer;
    private ConfigurableApplicationContext context;

    public PlanServiceInstance(int port, String topicPrefix, String consentServiceUrl, String issuer) {
        this.port = port;
        this.topicPrefix = topicPrefix;
        this.consentServiceUrl = consentServiceUrl;
        this.issuer = issuer;
    }

    public synchronized void start() {
        // As arguments, which rank above any application.yml; the one on the class path may be the host test's.
        context = new SpringApplicationBuilder(PlanServiceApplication.class)
                .initializers(app -> {
                    if (issuer == null) {
                        app.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder());
                    }
                })
                .run("--server.port=" + port,
                        "--spring.application.name=plan-service",
                        "--spring.flyway.locations=classpath:db/plan",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                        "--sspf.kafka.topic-prefix=" + topicPrefix,
                        "--sspf.consent-gate.consent-service-url=" + consentServiceUrl,
                        "--sspf.oidc.issuer=" + (issuer == null ? TestTokens.ISSUER : issuer),
                        "--sspf.oidc.jwk-set-uri=" + (issuer == null ? "http://127.0.0.1:1/unused" : issuer + "/oauth2/jwks"),
                        "--logging.level.root=WARN");
    }

    public synchronized void stop() {
        context.close();
    }

    @Override
    public void close() {
        if (context != null && context.isActive()) {
            context.close();
        }
    }
}
