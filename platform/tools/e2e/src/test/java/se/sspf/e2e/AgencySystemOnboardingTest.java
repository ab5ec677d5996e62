package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.e2e.CanaryWriter.expect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.OidcLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agency system is onboarded through the API alone and then works without anybody's personal token: the
 * police's administrator registers it at the identity server; from then on the system gets its own tokens by
 * client credentials, subscribes two endpoints of its own to one type each through the gateway, receives a signed
 * test ping, then a real event of a case, only at the endpoint that asked for its type; and it is refused where it
 * has no business.
 */
class AgencySystemOnboardingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CLOSED = "se.sspf.notification.CaseClosed.v1";
    private static final String INVITED = "se.sspf.notification.MeetingInvitation.v1";

    @Test
    void anOnboardedSystemReceivesASignedPingThenARealEventWithNoPersonalToken() throws Exception {
        SweptStack stack = SweptStack.shared();
        ApiClient gateway = stack.api();
        ApiClient identity = new ApiClient(stack.identityPort());
        ApiClient.Response registered = expect(201, identity.post(stack.tokenFor("admin-polis"),
                "/api/agency-systems", Map.of("name", "Polisens ärendesystem")));

        // From here on, only the system's own token: it asks for it as the answer told it to.
        assertThat(registered.text("tokenEndpoint")).isEqualTo(stack.issuer() + "/oauth2/token");
        String system = OidcLogin.clientCredentials(stack.issuer(), registered.text("clientId"),
                registered.text("clientSecret"));
        String closings = "onboarded-closings-" + UUID.randomUUID();
        String invitations = "onboarded-invitations-" + UUID.randomUUID();
        ApiClient.Response closingsSubscription = expect(201, gateway.post(system, "/api/subscriptions",
                Map.of("url", stack.webhooks().url(closings), "eventTypes", List.of(CLOSED))));
        ApiClient.Response invitationsSubscription = expect(201, gateway.post(system, "/api/subscriptions",
                Map.of("url", stack.webhooks().url(invitations), "eventTypes", List.of(INVITED))));
        String secret = closingsSubscription.text("secret");

        String ping = expect(202, gateway.post(system, "/api/subscriptions/" + closingsSubscription.text("id")
                + "/ping", Map.of())).text("id");

        await().atMost(Duration.ofSeconds(20)).until(() -> !stack.webhooks().deliveriesTo(closings).isEmpty());
        WebhookInbox.Delivery pinged = stack.webhooks().deliveriesTo(closings).get(0);
        assertThat(signedWith(secret, pinged)).as("the ping's Standard Webhooks signature").isTrue();
        JsonNode pingEvent = JSON.readTree(pinged.body());
        assertThat(pingEvent.path("type").asString()).isEqualTo("se.sspf.notification.Ping.v1");
        assertThat(pingEvent.path("id").asString()).isEqualTo(ping);
        assertThat(pingEvent.path("data").path("subscriptionId").asString())
                .isEqualTo(closingsSubscription.text("id"));
        assertThat(pingEvent.path("data").path("agency").asString()).isEqualTo("POLICE");

        String caseId = aCaseThePoliceTakePartInIsClosed(gateway, stack);

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveredAbout(stack.webhooks(), closings, caseId) != null);
        WebhookInbox.Delivery closing = deliveredAbout(stack.webhooks(), closings, caseId);
        assertThat(signedWith(secret, closing)).as("the real event's signature").isTrue();
        assertThat(JSON.readTree(closing.body()).path("type").asString()).isEqualTo(CLOSED);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> deliveredAbout(stack.webhooks(), invitations, caseId) == null);
        assertThat(stack.webhooks().deliveriesTo(invitations)).as("only the type it subscribed to")
                .allSatisfy(delivery -> assertThat(JSON.readTree(delivery.body()).path("type").asString())
                        .isEqualTo(INVITED));
        assertThat(invitationsSubscription.text("secret")).isNotEqualTo(secret);

        assertThat(gateway.get(system, "/api/cases/" + caseId).status()).as("a case").isEqualTo(403);
        assertThat(gateway.get(system, "/api/cases").status()).as("the cases").isEqualTo(403);
        assertThat(gateway.get(system, "/api/plans/" + caseId).status()).as("a plan").isEqualTo(403);
        assertThat(gateway.get(system, "/api/notifications").status()).as("a person's inbox").isEqualTo(403);
        assertThat(expect(200, gateway.get(system, "/api/subscriptions")).body())
                .contains(closingsSubscription.text("id"), invitationsSubscription.text("id"));
    }

    /** The school proposes, social services offers SSPF, brings the police in and closes the case again. */
    private static String aCaseThePoliceTakePartInIsClosed(ApiClient gateway, SweptStack stack) {
        String caseId = expect(201, gateway.post(stack.tokenFor("skola"), "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE")))).text("id");
        String coordinator = stack.tokenFor("soc");
        String path = "/api/cases/" + caseId;
        expect(200, gateway.post(coordinator, path + "/decision",
                Map.of("offered", true, "reason", "Skolan oroar sig")));
        expect(200, gateway.post(coordinator, path + "/participants",
                Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")));
        expect(200, gateway.post(coordinator, path + "/closing", Map.of("planFollowed", false,
                "reason", "Familjen tackade nej")));
        return caseId;
    }

    private static WebhookInbox.Delivery deliveredAbout(WebhookInbox webhooks, String endpoint, String caseId) {
        return webhooks.deliveriesTo(endpoint).stream()
                .filter(delivery -> caseId.equals(JSON.readTree(delivery.body()).path("data").path("caseId")
                        .asString(null)))
                .findFirst().orElse(null);
    }

    /** Standard Webhooks, checked as an agency's system would: HMAC-SHA256 of "id.timestamp.body". */
    private static boolean signedWith(String secret, WebhookInbox.Delivery delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((delivery.id() + "." + delivery.timestamp() + "." + delivery.body())
                .getBytes(StandardCharsets.UTF_8));
        return delivery.signature() != null && delivery.signature().startsWith("v1,")
                && MessageDigest.isEqual(expected, Base64.getDecoder().decode(delivery.signature().substring(3)));
    }
}
