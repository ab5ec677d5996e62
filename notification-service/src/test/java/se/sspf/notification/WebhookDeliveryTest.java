package se.sspf.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.plan.ActionAssigned;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.TestTokens;

/** Retries with backoff, the dead-letter list and redelivery, against a real HTTP endpoint. */
class WebhookDeliveryTest extends WithTheOtherServices {

    private static final String SCHOOL_ADMIN = TestTokens.forUser(MUNICIPALITY, Agency.SCHOOL, Role.ADMIN);
    private static final String POLICE_ADMIN = TestTokens.forUser(MUNICIPALITY, Agency.POLICE, Role.ADMIN);

    private double deadWebhookDeliveries() {
        return meters.get("sspf.notification.deliveries.dead").tag("channel", "WEBHOOK").counter().count();
    }

    private long webhookAttempts(String outcome) {
        return meters.get("sspf.notification.delivery").tags("channel", "WEBHOOK", "outcome", outcome).timer().count();
    }

    /** The id of the dead letter about the case, if there is one yet (its subject names the case code). */
    private String deadLetterOf(String admin, TestCase testCase) {
        for (var letter : expect(200, api.get(admin, "/api/subscriptions/dead-letters")).json()) {
            if (letter.path("subject").asString().contains(testCase.code())) {
                return letter.path("id").asString();
            }
        }
        return null;
    }

    @Test
    void anEndpointThatFailsThreeTimesThenAnswersGetsExactlyOneAcceptedDelivery() {
        subscribe(Agency.LEISURE, "flaky");
        receiver.failNext("flaky", 3);
        TestCase testCase = identifiedCase(List.of("CRIMINALITY"), today().plusMonths(6));

        publishPlanEvent(testCase, EventType.ACTION_ASSIGNED, new ActionAssigned(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.LEISURE, null, today().plusDays(10)));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted("flaky").size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.accepted("flaky").size() == 1);
        assertThat(receiver.attempts("flaky")).isEqualTo(4);
        assertThat(receiver.accepted("flaky").get(0).signatureValid()).isTrue();
    }

    /** Four sender threads claim three at a time in these tests: sixty deliveries keep them racing for the queue. */
    @Test
    void manyDeliveriesQueuedAtOnceAreEachSentExactlyOnceBySeveralSenders() {
        subscribe(Agency.SOCIAL_SERVICES, "busy");
        TestCase testCase = identifiedCase(List.of("CRIMINALITY"), today().plusMonths(6));
        int events = 60;

        for (int i = 0; i < events; i++) {
            publishPlanEvent(testCase, EventType.ACTION_ASSIGNED, new ActionAssigned(testCase.id(), MUNICIPALITY,
                    UUID.randomUUID(), Agency.SOCIAL_SERVICES, null, today().plusDays(10)));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted("busy").size() >= events);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.accepted("busy").size() == events);
        assertThat(receiver.accepted("busy")).extracting(WebhookReceiver.Received::webhookId)
                .as("one delivery per event, none sent twice").hasSize(events).doesNotHaveDuplicates();
        assertThat(receiver.attempts("busy")).as("no attempt beyond the one that arrived").isEqualTo(events);
        assertThat(receiver.accepted("busy")).allMatch(WebhookReceiver.Received::signatureValid);
    }

    @Autowired MeterRegistry meters;

    @Test
    void anEndpointThatAlwaysFailsEndsOnTheDeadLetterListAndCanBeSentAgain() {
        double deadBefore = deadWebhookDeliveries();
        long failedBefore = webhookAttempts("failed");
        long deliveredBefore = webhookAttempts("delivered");
        subscribe(Agency.SCHOOL, "down");
        receiver.failNext("down", Integer.MAX_VALUE);
        TestCase testCase = identifiedCase(List.of("CRIMINALITY"), today().plusMonths(6));

        publishPlanEvent(testCase, EventType.ACTION_ASSIGNED, new ActionAssigned(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.SCHOOL, "teacher-anna", today().plusDays(10)));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> expect(200, api.get(SCHOOL_ADMIN, "/api/subscriptions/dead-letters")).json().size() == 1);
        ApiClient.Response deadLetters = api.get(SCHOOL_ADMIN, "/api/subscriptions/dead-letters");
        String deadLetter = deadLetters.json().get(0).path("id").asString();
        assertThat(deadLetters.json().get(0).path("attempts").asInt()).as("max attempts in these tests").isEqualTo(4);
        assertThat(receiver.attempts("down")).isEqualTo(4);
        assertThat(receiver.accepted("down")).isEmpty();
        assertThat(deadWebhookDeliveries()).as("dead webhook deliveries, for the alert").isEqualTo(deadBefore + 1);
        assertThat(webhookAttempts("failed")).as("failed attempts, timed").isGreaterThanOrEqualTo(failedBefore + 4);
        assertThat(expect(200, api.get(POLICE_ADMIN, "/api/subscriptions/dead-letters")).json())
                .as("another agency's").isEmpty();
        assertThat(api.post(POLICE_ADMIN, "/api/subscriptions/dead-letters/" + deadLetter + "/redelivery", Map.of())
                .status()).isEqualTo(404);

        receiver.failNext("down", 0);
        assertThat(api.post(SCHOOL_ADMIN, "/api/subscriptions/dead-letters/" + deadLetter + "/redelivery", Map.of())
                .status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted("down").size() == 1);
        assertThat(receiver.accepted("down").get(0).signatureValid()).isTrue();
        assertThat(webhookAttempts("delivered")).as("delivered attempts, timed").isGreaterThan(deliveredBefore);
        assertThat(expect(200, api.get(SCHOOL_ADMIN, "/api/subscriptions/dead-letters")).json()).isEmpty();
    }

    @Test
    void aDeliveryIsWrittenAtEachAttemptSoARedeliveryAfterTheRevocationCarriesNoName() {
        subscribe(Agency.POLICE, "police-down");
        receiver.failNext("police-down", Integer.MAX_VALUE);
        TestCase testCase = identifiedCase(List.of("CRIMINALITY", "OTHER"), today().plusMonths(6));
        publishPlanEvent(testCase, EventType.ACTION_ASSIGNED, new ActionAssigned(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.POLICE, "officer-erik", today().plusDays(10)));
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetterOf(POLICE_ADMIN, testCase) != null);
        String deadLetter = deadLetterOf(POLICE_ADMIN, testCase);
        assertThat(api.get(POLICE_ADMIN, "/api/subscriptions/dead-letters").body()).as("the list names nobody")
                .doesNotContain(NAME);

        consentService.revoke(COORDINATOR, testCase.consentId());
        String notifier = TestTokens.forService("notification-service", MUNICIPALITY);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                cases.get(notifier, "/api/cases/" + testCase.id() + "/identity/name?for=POLICE").status() == 404);
        receiver.failNext("police-down", 0);
        expect(202, api.post(POLICE_ADMIN, "/api/subscriptions/dead-letters/" + deadLetter + "/redelivery", Map.of()));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted("police-down").stream()
                .anyMatch(delivery -> delivery.webhookId().equals(deadLetter)));
        assertThat(receiver.accepted("police-down")).filteredOn(delivery -> delivery.webhookId().equals(deadLetter))
                .singleElement()
                .satisfies(delivery -> assertThat(delivery.body()).doesNotContain(NAME).contains("\"youthName\":null"));
    }

    @Test
    void onlyAnAgencysAdministratorSubscribesItAndOnlyToAnHttpUrl() {
        assertThat(api.post(TEACHER, "/api/subscriptions", Map.of("url", receiver.url("x"))).status()).isEqualTo(403);
        ApiClient.Response notAUrl = api.post(SCHOOL_ADMIN, "/api/subscriptions",
                Map.of("url", "ftp://example.org/hook"));
        assertThat(notAUrl.status()).isEqualTo(400);
        assertThat(notAUrl.body()).contains("url");
        ApiClient.Response created = expect(201, api.post(SCHOOL_ADMIN, "/api/subscriptions",
                Map.of("url", receiver.url("listed"))));
        assertThat(created.text("secret")).startsWith("whsec_");
        assertThat(expect(200, api.get(SCHOOL_ADMIN, "/api/subscriptions")).body()).contains(created.text("id"))
                .doesNotContain("whsec_");
        assertThat(expect(200, api.get(POLICE_ADMIN, "/api/subscriptions")).body()).doesNotContain(created.text("id"));
        assertThat(api.delete(POLICE_ADMIN, "/api/subscriptions/" + created.text("id")).status()).isEqualTo(404);
        assertThat(api.delete(SCHOOL_ADMIN, "/api/subscriptions/" + created.text("id")).status()).isEqualTo(204);
        assertThat(expect(200, api.get(SCHOOL_ADMIN, "/api/subscriptions")).body()).doesNotContain(created.text("id"));
    }
}
