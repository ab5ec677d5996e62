package se.sspf.example.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.Topics;
import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.notification.NotificationServiceInstance;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.ContractSchemas;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestTokens;

/**
 * The example consumer subscribed for real to a real notification-service (its own database, the test broker): a
 * plan event as plan-service announces it becomes a delivery that the consumer verifies with the guide's procedure
 * and that its published schema accepts; the same delivery with its body changed, or signed rightly but long ago, is
 * refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDeliveryTest {

    private static final String MUNICIPALITY = "2380";
    private static final String PREFIX = "example" + UUID.randomUUID().toString().substring(0, 8) + ".";

    private final int servicePort = FreePort.next();
    private final int consumerPort = FreePort.next();
    private final HttpClient http = HttpClient.newHttpClient();
    private NotificationServiceInstance service;
    private CaseServiceEvents caseService;
    private KafkaProducer<String, byte[]> producer;
    private WebhookConsumer consumer;
    private String secret;

    @BeforeAll
    void subscribeTheConsumer() throws IOException {
        String bootstrap = RealInfrastructure.get().kafka().bootstrapServers();
        service = new NotificationServiceInstance(servicePort, PREFIX);
        service.start();
        caseService = new CaseServiceEvents(bootstrap, new TopicNames(PREFIX));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer());
        ApiClient.Response created = new ApiClient(servicePort).post(
                TestTokens.forUser(MUNICIPALITY, Agency.POLICE, Role.ADMIN), "/api/subscriptions",
                Map.of("url", "http://127.0.0.1:" + consumerPort + "/sspf/webhook"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        secret = created.text("secret");
        consumer = new WebhookConsumer(consumerPort, secret, Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        consumer.close();
        producer.close();
        caseService.close();
        service.close();
    }

    @Test
    void aRealDeliveryIsVerifiedAndATamperedOrOldOneIsRefused() throws Exception {
        CaseServiceEvents.TestCase testCase = caseService.activeCase(MUNICIPALITY,
                List.of(new CaseServiceEvents.Member("officer-1", Agency.POLICE, "STAFF")));
        byte[] event = new CloudEventCodec("plan-service").write(UUID.randomUUID(), Instant.now(),
                EventType.ACTION_DUE_SOON, testCase.youthRef(), new ActionDueSoon(testCase.id(), MUNICIPALITY,
                        UUID.randomUUID(), Agency.POLICE, "officer-1", LocalDate.now(SwedishTime.ZONE).plusDays(2)));
        producer.send(new ProducerRecord<>(new TopicNames(PREFIX).of(Topics.PLAN_EVENTS), testCase.youthRef(),
                event)).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.accepted().isEmpty());
        WebhookConsumer.Delivery delivery = consumer.accepted().get(0);
        assertThat(delivery.body()).contains("se.sspf.notification.ActionDueSoon.v1", testCase.id().toString());
        assertThat(ContractSchemas.webhookViolations(delivery.body())).isEmpty();

        String tampered = delivery.body().replace("ACTION_DUE_SOON", "ACTION_OVERDUE");
        assertThat(tampered).isNotEqualTo(delivery.body());
        assertThat(post(delivery.webhookId(), delivery.timestamp(), delivery.signature(), tampered)).isEqualTo(401);
        String longAgo = Long.toString(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond());
        String signedLongAgo = WebhookConsumer.signatureOf(WebhookConsumer.keyOf(secret), delivery.webhookId(),
                longAgo, delivery.body());
        assertThat(post(delivery.webhookId(), longAgo, signedLongAgo, delivery.body())).isEqualTo(401);
        assertThat(post(delivery.webhookId(), delivery.timestamp(), delivery.signature(), delivery.body()))
                .as("a repeat is answered and dropped").isEqualTo(204);
        assertThat(consumer.accepted()).hasSize(1);
    }

    private int post(String id, String timestamp, String signature, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + consumerPort + "/sspf/webhook"))
                .header("Content-Type", "application/cloudevents+json")
                .header("webhook-id", id)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
