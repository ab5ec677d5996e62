package se.sspf.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SSPF service started in the test's JVM beside the service under test: its own database, a fixed port,
 * the test broker and topic prefix, and the test key for tokens (or a real OIDC server's, see {@link #trusting}).
 * Each service's test jar wraps one in its {@code …ServiceInstance} with what that service needs besides.
 */
public final class InProcessService implements AutoCloseable {

    private final Class<?> application;
    private final String name;
    private final int port;
    private final String topicPrefix;
    private final TestDatabase database;
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private String issuer;
    private ConfigurableApplicationContext context;

    /** {@code name} as {@code spring.application.name}, e.g. {@code case-service}: its migrations are in db/case. */
    public InProcessService(Class<?> application, String name, int port, String topicPrefix) {
        this(application, name, port, topicPrefix, RealInfrastructure.get().postgres());
    }

    /** As above, with its database on the given server instead of the shared one. */
    public InProcessService(Class<?> application, String name, int port, String topicPrefix, PostgresServer postgres) {
        this.application = application;
        this.name = name;
        this.port = port;
        this.topicPrefix = topicPrefix;
        this.database = postgres.createDatabase(name.replace("-", "") + "instance");
    }

    public static String urlOf(int port) {
        return "http://127.0.0.1:" + port;
    }

    public String url() {
        return urlOf(port);
    }

    /** Validates tokens from a real OIDC server (its issuer; keys at /oauth2/jwks) instead of the test key. */
    public void trusting(String issuer) {
        this.issuer = issuer;
    }

    public boolean trustsTheTestKey() {
        return issuer == null;
    }

    /** A bean the service uses instead of its own, e.g. a {@link TestClock}. */
    public void using(String beanName, Object bean) {
        beans.put(beanName, bean);
    }

    /** Starts the service; the arguments are its own settings, on top of the ones every service takes. */
    public synchronized void start(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.application.name=" + name,
                "--spring.flyway.locations=classpath:db/" + name.substring(0, name.indexOf('-')),
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                "--sspf.kafka.topic-prefix=" + topicPrefix,
                "--sspf.oidc.issuer=" + (issuer == null ? TestTokens.ISSUER : issuer),
                "--sspf.oidc.jwk-set-uri=" + (issuer == null ? "http://127.0.0.1:1/unused" : issuer + "/oauth2/jwks"),
                "--logging.level.root=WARN"));
        all.addAll(List.of(arguments));
        context = new SpringApplicationBuilder(application)
                .initializers(app -> {
                    if (issuer == null) {
                        app.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder());
                    }
                    beans.forEach(app.getBeanFactory()::registerSingleton);
                })
                // As arguments, which rank above any application.yml; the one on the class path may be the host test's.
                .run(all.toArray(String[]::new));
    }

    @Override
    public synchronized void close() {
        if (context != null && context.isActive()) {
            context.close();
        }
    }
}
