package se.sspf.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.sspf.casework.CaseServiceInstance;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.Topics;
import se.sspf.contracts.plan.PlanEvent;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.notification.message.CaseServiceCredentials;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * notification-service as it runs: beside a real consent-service and case-service on the same broker
 * and topics, a real SMTP server (GreenMail) and a real HTTP endpoint for the agencies' systems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sspf.notification.delivery.poll-interval=50ms", "sspf.notification.delivery.initial-backoff=100ms",
        "sspf.notification.delivery.max-attempts=4", "sspf.notification.reminder-scan-interval=200ms",
        "sspf.notification.delivery.senders=4", "sspf.notification.delivery.claim=3",
        "sspf.notification.webhook.allow-http=true"})
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(WithTheOtherServices.ServiceToken.class)
abstract class WithTheOtherServices {

    static final String MUNICIPALITY = "2380";
    static final String TEACHER = TestTokens.forUser("teacher-anna", MUNICIPALITY, Agency.SCHOOL, Role.STAFF);
    static final String COORDINATOR = TestTokens.forUser("coordinator-sara", MUNICIPALITY, Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    static final String OFFICER = TestTokens.forUser("officer-erik", MUNICIPALITY, Agency.POLICE, Role.STAFF);
    static final String YOUTH_WORKER = TestTokens.forUser("youth-worker-leo", MUNICIPALITY, Agency.LEISURE, Role.STAFF);
    static final String NAME = "Kim Andersson";
    static final String NUMBER = "20110314-2384";

    private static final int CONSENT_SERVICE_PORT = FreePort.next();
    private static final int CASE_SERVICE_PORT = FreePort.next();
    private static final int SMTP_PORT = FreePort.next();

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void theOtherServices(DynamicPropertyRegistry registry) {
        registry.add("sspf.notification.case-service-url", () -> CaseServiceInstance.urlOf(CASE_SERVICE_PORT));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** What the identity server's client credentials will give: a service's token for the municipality. */
    @TestConfiguration
    static class ServiceToken {
        @Bean
        CaseServiceCredentials caseServiceCredentials() {
            return municipality -> Optional.of(TestTokens.forService("notification-service", municipality));
        }
    }

    @Value("${sspf.kafka.topic-prefix}") String topicPrefix;
    @Autowired TopicNames topics;
    @LocalServerPort int port;

    protected ConsentServiceInstance consentService;
    protected CaseServiceInstance caseService;
    protected WebhookReceiver receiver;
    protected ApiClient api;
    protected ApiClient cases;
    private KafkaProducer<String, byte[]> producer;
    private final CloudEventCodec planService = new CloudEventCodec("plan-service");

    @BeforeAll
    void startTheOtherServices() throws IOException {
        consentService = new ConsentServiceInstance(CONSENT_SERVICE_PORT, topicPrefix, Clock.systemUTC());
        consentService.start();
        caseService = new CaseServiceInstance(CASE_SERVICE_PORT, topicPrefix, consentService.url());
        caseService.start();
        receiver = new WebhookReceiver();
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void stopTheOtherServices() {
        producer.close();
        receiver.close();
        caseService.close();
        consentService.close();
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        cases = new ApiClient(CASE_SERVICE_PORT);
    }

    /** Whatever a test made notification-service deliver, an agency's system could read with the published schemas. */
    @AfterEach
    void everyWebhookReceivedConformsToItsPublishedSchema() {
        assertThat(receiver.nonConforming()).as("deliveries their published schema refuses").isEmpty();
    }

    /**
     * A case with teacher, coordinator, officer and youth worker; consented (school, social services, police) and
     * identified.
     */
    protected TestCase identifiedCase(List<String> categories, LocalDate validUntil) {
        ApiClient.Response proposed = expect(201, cases.post(TEACHER, "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE"))));
        TestCase testCase = new TestCase(UUID.fromString(proposed.text("id")), proposed.text("youthRef"),
                proposed.text("caseCode"));
        String path = "/api/cases/" + testCase.id();
        expect(200, cases.post(COORDINATOR, path + "/decision", Map.of("offered", true, "reason", "fits")));
        expect(200, cases.post(COORDINATOR, path + "/participants",
                Map.of("ref", "officer-erik", "agency", "POLICE", "role", "STAFF")));
        expect(200, cases.post(COORDINATOR, path + "/participants",
                Map.of("ref", "youth-worker-leo", "agency", "LEISURE", "role", "STAFF")));
        String consentId = consentService.register(COORDINATOR, testCase.id(), testCase.youthRef(), validUntil,
                List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE"), categories);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTIVE".equals(cases.get(COORDINATOR, path).text("status")));
        expect(204, cases.put(COORDINATOR, path + "/identity", Map.of("name", NAME, "personalIdentityNumber", NUMBER),
                Map.of()));
        return new TestCase(testCase.id(), testCase.youthRef(), testCase.code(), consentId);
    }

    /** Subscribes an agency's system to the receiver's endpoint named after it. */
    protected void subscribe(Agency agency, String endpoint) {
        String admin = TestTokens.forUser(MUNICIPALITY, agency, Role.ADMIN);
        ApiClient.Response created = expect(201, api.post(admin, "/api/subscriptions",
                Map.of("url", receiver.url(endpoint))));
        receiver.trust(endpoint, created.text("secret"));
    }

    /** An event as plan-service announces it. */
    protected UUID publishPlanEvent(TestCase testCase, EventType type, PlanEvent data) {
        UUID id = UUID.randomUUID();
        send(testCase, planService.write(id, Instant.now(), type, testCase.youthRef(), data));
        return id;
    }

    protected void send(TestCase testCase, byte[] event) {
        try {
            producer.send(new ProducerRecord<>(topics.of(Topics.PLAN_EVENTS), testCase.youthRef(), event)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    protected CloudEventCodec planService() {
        return planService;
    }

    static LocalDate today() {
        return LocalDate.now(SwedishTime.ZONE);
    }

    static ApiClient.Response expect(int status, ApiClient.Response response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }

    record TestCase(UUID id, String youthRef, String code, String consentId) {

        TestCase(UUID id, String youthRef, String code) {
            this(id, youthRef, code, null);
        }
    }
}
