package se.sspf.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import se.sspf.casework.CaseServiceInstance;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.plan.PlanServiceInstance;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.OidcLogin;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.RunnableJar;
import se.sspf.testsupport.TestDatabase;

/**
 * The whole platform the canary sweep reads through: the identity server, notification-service and
 * the gateway as processes from their runnable jars; consent-, case- and plan-service in this JVM on
 * the real PostgreSQL and Kafka; a real SMTP server and a webhook endpoint for the agencies' systems.
 */
final class SweptStack implements AutoCloseable {

    private static final String TOPICS = "canary" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private static final String REDIRECT = "http://127.0.0.1:8080/login/callback";
    /** Where the build copied the runnable jars (see pom.xml). */
    private static final Path APPS = Path.of(System.getProperty("sspf.e2e.apps", "target/apps"));

    /** On two cores shared with other builds a gateway was seen to take 140 s to start: ready is waited for longer. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private static SweptStack shared;

    private final List<AutoCloseable> running = new ArrayList<>();
    private final GreenMail mail = new GreenMail(new ServerSetup(FreePort.next(), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));
    private final WebhookInbox webhooks;
    private final RunnableJar identity;
    private final RunnableJar gateway;
    /** Each application's address by its name, for the scrapes of its /actuator/prometheus. */
    private final Map<String, String> applications = new LinkedHashMap<>();

    private SweptStack() throws Exception {
        // Stopped when the JVM ends, even when it does not come up: its processes would outlive the JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "shared-stack-stop"));
        webhooks = new WebhookInbox();
        running.add(webhooks);
        mail.start();
        running.add(mail::stop);
        identity = new RunnableJar("identity-server-canary", APPS.resolve("identity-server-exec.jar"));
        start(identity, "--spring.security.oauth2.authorizationserver.issuer=" + identity.url());
        String issuer = identity.url();
        ConsentServiceInstance consents = new ConsentServiceInstance(FreePort.next(), TOPICS, Clock.systemUTC())
                .trusting(issuer);
        running.add(consents);
        consents.start();
        CaseServiceInstance cases = new CaseServiceInstance(FreePort.next(), TOPICS, consents.url()).trusting(issuer);
        running.add(cases);
        cases.start();
        int planPort = FreePort.next();
        PlanServiceInstance plans = new PlanServiceInstance(planPort, TOPICS, consents.url(), issuer);
        running.add(plans);
        plans.start();
        TestDatabase inbox = RealInfrastructure.get().postgres().createDatabase("canaryinbox");
        gateway = new RunnableJar("gateway-canary", APPS.resolve("gateway-exec.jar"));
        RunnableJar notifications = start(new RunnableJar("notification-service-canary",
                APPS.resolve("notification-service-exec.jar")), "--spring.datasource.url=" + inbox.jdbcUrl(),
                "--spring.datasource.username=" + inbox.username(), "--spring.datasource.password=" + inbox.password(),
                "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                "--sspf.kafka.topic-prefix=" + TOPICS, "--sspf.oidc.issuer=" + issuer,
                "--sspf.oidc.jwk-set-uri=" + issuer + "/oauth2/jwks",
                "--sspf.notification.case-service-url=" + cases.url(), "--sspf.notification.web-url=" + gateway.url(),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--sspf.notification.webhook.allow-http=true", "--sspf.notification.delivery.poll-interval=50ms",
                "--management.otlp.metrics.export.enabled=false");
        start(gateway, "--SSPF_CONSENT_SERVICE_URL=" + consents.url(), "--SSPF_CASE_SERVICE_URL=" + cases.url(),
                "--SSPF_PLAN_SERVICE_URL=http://127.0.0.1:" + planPort,
                "--SSPF_NOTIFICATION_SERVICE_URL=" + notifications.url(), "--sspf.oidc.issuer=" + issuer,
                "--sspf.oidc.jwk-set-uri=" + issuer + "/oauth2/jwks");
        applications.put("consent-service", consents.url());
        applications.put("case-service", cases.url());
        applications.put("plan-service", "http://127.0.0.1:" + planPort);
        applications.put("notification-service", notifications.url());
        applications.put("gateway", gateway.url());
        identity.awaitReady("/.well-known/openid-configuration", READY_WITHIN);
        gateway.awaitReady("/actuator/health/readiness", READY_WITHIN);
        notifications.awaitReady("/actuator/health/readiness", READY_WITHIN);
    }

    /**
     * The stack every test class of this JVM reads through, started by the first that asks (a minute on two cores)
     * and stopped when the JVM ends. Its classes write cases of their own and never change another's.
     */
    static synchronized SweptStack shared() throws Exception {
        if (shared == null) {
            shared = new SweptStack();
        }
        return shared;
    }

    private void stopQuietly() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("the shared stack did not stop cleanly: " + e);
        }
    }

    private RunnableJar start(RunnableJar jar, String... arguments) throws Exception {
        running.add(jar);
        return jar.start(arguments);
    }

    ApiClient api() {
        return new ApiClient(gateway.port());
    }

    /** The identity server: the issuer of every token, and where agency systems are registered. */
    String issuer() {
        return identity.url();
    }

    int identityPort() {
        return identity.port();
    }

    String tokenFor(String user) {
        return new OidcLogin(identity.url(), "sspf-web", REDIRECT).accessToken(user, "sspf-demo");
    }

    /** The four services and the gateway, each by its name, with its address. */
    Map<String, String> applications() {
        return Map.copyOf(applications);
    }

    /** The prefix of this stack's topics. */
    String topicPrefix() {
        return TOPICS;
    }

    GreenMail mail() {
        return mail;
    }

    WebhookInbox webhooks() {
        return webhooks;
    }

    @Override
    public void close() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }
}
