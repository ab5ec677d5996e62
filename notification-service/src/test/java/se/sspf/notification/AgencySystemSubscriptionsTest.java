package se.sspf.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.plan.ActionAssigned;
import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An agency's own system (role SERVICE with its agency) manages its subscriptions, chooses types and pings. */
class AgencySystemSubscriptionsTest extends WithTheOtherServices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ASSIGNED = "se.sspf.notification.ActionAssigned.v1";
    private static final String POLICE_SYSTEM = TestTokens.forAgencySystem("police-records", MUNICIPALITY,
            Agency.POLICE);
    private static final String SCHOOL_SYSTEM = TestTokens.forAgencySystem("school-records", MUNICIPALITY,
            Agency.SCHOOL);

    @Test
    void anAgencysSystemGetsASignedPingAndThenOnlyTheTypesItSubscribedTo() {
        ApiClient.Response created = expect(201, api.post(POLICE_SYSTEM, "/api/subscriptions",
                Map.of("url", receiver.url("police-records"), "eventTypes", List.of(ASSIGNED))));
        assertThat(created.json().path("eventTypes")).extracting(JsonNode::asString).containsExactly(ASSIGNED);
        receiver.trust("police-records", created.text("secret"));
        String subscription = created.text("id");

        String ping = expect(202, api.post(POLICE_SYSTEM, "/api/subscriptions/" + subscription + "/ping", Map.of()))
                .text("id");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted("police-records").size() == 1);
        WebhookReceiver.Received received = receiver.accepted("police-records").get(0);
        assertThat(received.signatureValid()).isTrue();
        JsonNode event = JSON.readTree(received.body());
        assertThat(event.path("type").asString()).isEqualTo("se.sspf.notification.Ping.v1");
        assertThat(event.path("id").asString()).isEqualTo(ping);
        assertThat(event.path("source").asString()).endsWith("notification-service");
        assertThat(event.path("data").properties()).extracting(Map.Entry::getKey)
                .containsExactly("kind", "subscriptionId", "agency", "municipality", "text");
        assertThat(event.path("data").path("kind").asString()).isEqualTo("PING");
        assertThat(event.path("data").path("subscriptionId").asString()).isEqualTo(subscription);
        assertThat(event.path("data").path("agency").asString()).isEqualTo("POLICE");
        assertThat(event.path("data").path("municipality").asString()).isEqualTo(MUNICIPALITY);

        TestCase testCase = identifiedCase(List.of("CRIMINALITY"), today().plusMonths(6));
        publishPlanEvent(testCase, EventType.ACTION_DUE_SOON, new ActionDueSoon(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.POLICE, null, today().plusDays(3)));
        publishPlanEvent(testCase, EventType.ACTION_ASSIGNED, new ActionAssigned(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.POLICE, null, today().plusDays(10)));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted("police-records").size() >= 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.accepted("police-records").size() == 2);
        assertThat(JSON.readTree(receiver.accepted("police-records").get(1).body()).path("type").asString())
                .as("the due-soon notice came first but was not asked for").isEqualTo(ASSIGNED);
    }

    @Test
    void anUnknownEventTypeOrThePingIsRefusedNamingItsPlace() {
        ApiClient.Response unknown = api.post(POLICE_SYSTEM, "/api/subscriptions", Map.of("url",
                receiver.url("typo"), "eventTypes", List.of(ASSIGNED, "se.sspf.notification.ActionAsigned.v1")));
        ApiClient.Response ping = api.post(POLICE_SYSTEM, "/api/subscriptions", Map.of("url",
                receiver.url("typo"), "eventTypes", List.of("se.sspf.notification.Ping.v1")));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("eventTypes[1]");
        assertThat(ping.status()).isEqualTo(400);
        assertThat(ping.json().path("errors").get(0).path("field").asString()).isEqualTo("eventTypes[0]");
        assertThat(expect(200, api.get(POLICE_SYSTEM, "/api/subscriptions")).body()).doesNotContain("typo");
    }

    @Test
    void anotherAgencysSubscriptionCannotBePingedListedOrEnded() {
        String subscription = expect(201, api.post(POLICE_SYSTEM, "/api/subscriptions",
                Map.of("url", receiver.url("police-only")))).text("id");
        String schoolAdmin = TestTokens.forUser(MUNICIPALITY, Agency.SCHOOL, Role.ADMIN);
        String malmoPoliceSystem = TestTokens.forAgencySystem("malmo-police", "1280", Agency.POLICE);

        for (String stranger : List.of(SCHOOL_SYSTEM, schoolAdmin, malmoPoliceSystem)) {
            ApiClient.Response ping = api.post(stranger, "/api/subscriptions/" + subscription + "/ping", Map.of());
            assertThat(ping.status()).isEqualTo(404);
            assertThat(ping.contentType()).startsWith("application/problem+json");
            assertThat(expect(200, api.get(stranger, "/api/subscriptions")).body()).doesNotContain(subscription);
            assertThat(api.delete(stranger, "/api/subscriptions/" + subscription).status()).isEqualTo(404);
        }
        String policeAdmin = TestTokens.forUser(MUNICIPALITY, Agency.POLICE, Role.ADMIN);
        assertThat(expect(200, api.get(policeAdmin, "/api/subscriptions")).body())
                .as("the agency's administrator sees its system's subscription").contains(subscription);
        assertThat(expect(202, api.post(policeAdmin, "/api/subscriptions/" + subscription + "/ping", Map.of()))
                .text("id")).isNotBlank();
    }

    @Test
    void anAgencysSystemIsRefusedOutsideItsSubscriptionsAndThePlatformsServiceCannotSubscribe() {
        assertThat(api.get(POLICE_SYSTEM, "/api/notifications").status()).isEqualTo(403);
        assertThat(api.get(POLICE_SYSTEM, "/api/notifications/settings").status()).isEqualTo(403);

        String platformService = TestTokens.forService("notification-service", MUNICIPALITY);
        assertThat(api.post(platformService, "/api/subscriptions", Map.of("url", receiver.url("none"))).status())
                .as("a service of the platform belongs to no agency").isEqualTo(403);
        assertThat(api.get(OFFICER, "/api/subscriptions").status()).as("staff do not manage systems")
                .isEqualTo(403);
    }
}
