package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sspf.contracts.Agency;
import tools.jackson.databind.JsonNode;

/**
 * The canary sweep (issue 17): each agency writes unique markers into every free-text field it can
 * write, on seven cases in seven consent situations; then every reader calls every GET the gateway's
 * OpenAPI document lists, and the inboxes, e-mails and webhook deliveries are searched too. A marker
 * of agency A is found by reader B exactly when B is A, or sees it by design, or a valid consent of
 * that case covers A, B and the marker's category. The stack is real and shared with the other classes that read
 * through it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanarySweepTest {

    /** GET operations not swept, each with why. None yet: every GET of the document is swept. */
    private static final Map<String, String> EXCLUDED = Map.of();
    private static final List<Reader> READERS = List.of(new Reader("skola", Agency.SCHOOL, Reader.OSTERSUND),
            new Reader("soc", Agency.SOCIAL_SERVICES, Reader.OSTERSUND),
            new Reader("polis", Agency.POLICE, Reader.OSTERSUND),
            new Reader("fritid", Agency.LEISURE, Reader.OSTERSUND),
            new Reader("malmo-soc", Agency.SOCIAL_SERVICES, "1280"));
    /** The readers who take part in the cases and give an e-mail address; malmö's coordinator takes part in none. */
    private static final List<Reader> PARTICIPANTS = READERS.subList(0, 4);
    /** Only the police has an administrator among the demo users, who may subscribe the agency's system. */
    private static final Reader POLICE_SYSTEM = READERS.get(2);

    private SweptStack stack;
    private CountedGateway gateway;
    private final List<SweptCase> cases = new ArrayList<>();
    private List<Marker> markers;

    @BeforeAll
    void startTheStackAndWriteTheCanaries() throws Exception {
        stack = SweptStack.shared();
        gateway = new CountedGateway(stack.api(), stack::tokenFor);
        for (Reader reader : PARTICIPANTS) {
            CanaryWriter.expect(200, gateway.put(reader.user(), "/api/notifications/settings",
                    Map.of("email", addressOf(reader), "language", "SV"), Map.of()));
        }
        CanaryWriter.expect(201, gateway.post("admin-polis", "/api/subscriptions",
                Map.of("url", stack.webhooks().url("police"))));
        CanaryWriter writer = new CanaryWriter(gateway);
        for (Situation situation : Situation.values()) {
            cases.add(writer.write(situation));
        }
        markers = writer.markers();
        awaitTheNotificationsOfTheClosing();
    }

    @Test
    void everyMarkerIsReadExactlyByWhomItsCasesConsentLetsReadIt() throws Exception {
        MarkerSweep sweep = new MarkerSweep(gateway, markers);
        sweep.sweep(GetOperation.allOf(apiDocs()), EXCLUDED, cases, READERS);
        for (MimeMessage mail : stack.mail().getReceivedMessages()) {
            for (Address to : mail.getAllRecipients()) {
                sweep.searchNotification("e-mail", recipientOf(to.toString()), mail.getSubject() + "\n" + textOf(mail));
            }
        }
        for (String delivery : stack.webhooks().deliveredTo("police")) {
            sweep.searchNotification("webhook", POLICE_SYSTEM, delivery);
        }
        System.out.printf("canary sweep: %d requests, %d endpoints, %d marker checks (%d markers, %d e-mails, %d "
                + "webhook deliveries)%n", gateway.requests(), sweep.endpoints(), sweep.checks(), markers.size(),
                stack.mail().getReceivedMessages().length, stack.webhooks().deliveredTo("police").size());
        assertThat(sweep.failures()).as(report(sweep.failures())).isEmpty();
    }

    @Test
    void theConsentEndpointsRefuseEveryoneButTheCasesParticipantsAndChangeNothing() {
        GatekeeperProbe probe = new GatekeeperProbe(gateway);
        probe.probe();
        System.out.printf("gatekeeper sweep: %d consent calls by %d outsiders and a participant naming another case's "
                + "youth, "
                + "%d not refused with 404%n", probe.calls(), GatekeeperProbe.OUTSIDERS.size(),
                probe.failures().size());
        assertThat(probe.failures()).as(report(probe.failures())).isEmpty();
    }

    /** The document the gateway gathers once every service, notification-service too, has written its own. */
    private JsonNode apiDocs() {
        JsonNode[] gathered = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() ->
                (gathered[0] = CanaryWriter.expect(200, gateway.get(null, "/api-docs")).json()).path("x-sspf-missing")
                .isEmpty());
        return gathered[0];
    }

    /**
     * The closing is the last event written: once its notice reached every channel, all earlier notices have been sent.
     */
    private void awaitTheNotificationsOfTheClosing() {
        String closed = cases.get(Situation.CASE_CLOSED.ordinal()).caseId();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                stack.webhooks().deliveredTo("police").stream().anyMatch(body -> body.contains(closed)));
        await().atMost(Duration.ofSeconds(60)).until(() -> PARTICIPANTS.stream().allMatch(reader ->
                List.of(stack.mail().getReceivedMessagesForDomain(addressOf(reader))).size() > 0
                        && gateway.get(reader.user(), "/api/notifications").body().contains(closed)));
    }

    private static String report(List<String> failures) {
        List<String> first = failures.subList(0, Math.min(60, failures.size()));
        return failures.size() + " findings (first " + first.size() + "):\n" + String.join("\n", first) + "\n";
    }

    private static String addressOf(Reader reader) {
        return reader.user() + "@canary.sspf.example";
    }

    private static Reader recipientOf(String address) {
        return PARTICIPANTS.stream().filter(reader -> address.contains(addressOf(reader))).findFirst()
                .orElseThrow(() -> new AssertionError("an e-mail to nobody the sweep gave an address"));
    }

    private static String textOf(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return content instanceof String text ? text : "";
    }
}
