package se.sspf.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.plan.ActionAssigned;
import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.contracts.plan.ActionOverdue;
import se.sspf.contracts.plan.FollowUpScheduled;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.events.OwnKafkaClient;
import se.sspf.testsupport.RunningServiceChecks;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.kafka.KafkaUse.OwnClient;
import se.sspf.testsupport.kafka.KafkaUserCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NotificationsTest extends WithTheOtherServices {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CaseRecords caseView;

    @Test
    void everyKindReachesItsPeopleOnTheirChannelsAndTheNameOnlyWhereTheConsentReaches() throws Exception {
        settings(TEACHER, "anna@skola.kommun.test", "EN");
        settings(COORDINATOR, "sara@soc.kommun.test", "SV");
        settings(OFFICER, "erik@polisen.test", "SV");
        settings(YOUTH_WORKER, "leo@fritid.kommun.test", "SV");
        subscribe(Agency.POLICE, "police");
        subscribe(Agency.SCHOOL, "school");
        subscribe(Agency.LEISURE, "leisure");
        // The consent covers school, social services and police, "other" (the identity) included; not leisure.
        TestCase testCase = identifiedCase(List.of("SCHOOL_OCCUPATION", "CRIMINALITY", "OTHER"), today().plusDays(20));
        String path = "/api/cases/" + testCase.id();

        expect(201, cases.post(COORDINATOR, path + "/meetings", Map.of(
                "scheduledFor", Instant.now().plus(Duration.ofDays(7)).toString(), "place", "Skolan",
                "invitees", List.of("officer-erik", "teacher-anna"), "familyInvited", true,
                "individual", List.of("Planen"), "general", List.of())));
        publishPlanEvent(testCase, EventType.ACTION_ASSIGNED, new ActionAssigned(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.LEISURE, "youth-worker-leo", today().plusDays(14)));
        publishPlanEvent(testCase, EventType.ACTION_DUE_SOON, new ActionDueSoon(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.POLICE, null, today().plusDays(2)));
        publishPlanEvent(testCase, EventType.ACTION_OVERDUE, new ActionOverdue(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.SCHOOL, "teacher-anna", today().minusDays(1)));
        publishPlanEvent(testCase, EventType.FOLLOW_UP_SCHEDULED, new FollowUpScheduled(testCase.id(), MUNICIPALITY,
                Instant.now().plus(Duration.ofDays(40))));

        await().atMost(ARRIVAL).untilAsserted(() -> {
            assertThat(inboxOf(OFFICER, testCase))
                    .containsExactlyInAnyOrder("MEETING_INVITATION", "ACTION_DUE_SOON", "FOLLOW_UP_SCHEDULED");
            assertThat(inboxOf(TEACHER, testCase))
                    .containsExactlyInAnyOrder("MEETING_INVITATION", "ACTION_OVERDUE", "FOLLOW_UP_SCHEDULED");
            assertThat(inboxOf(YOUTH_WORKER, testCase))
                    .containsExactlyInAnyOrder("ACTION_ASSIGNED", "FOLLOW_UP_SCHEDULED");
            assertThat(inboxOf(COORDINATOR, testCase))
                    .containsExactlyInAnyOrder("FOLLOW_UP_SCHEDULED", "CONSENT_EXPIRING");
            assertThat(mailTo("erik@polisen.test", testCase)).hasSize(3);
            assertThat(mailTo("anna@skola.kommun.test", testCase)).hasSize(3);
            assertThat(mailTo("leo@fritid.kommun.test", testCase)).hasSize(2);
            assertThat(mailTo("sara@soc.kommun.test", testCase)).hasSize(2);
            assertThat(webhookKinds("police", testCase))
                    .containsExactlyInAnyOrder("MeetingInvitation", "ActionDueSoon", "FollowUpScheduled");
            assertThat(webhookKinds("school", testCase))
                    .containsExactlyInAnyOrder("MeetingInvitation", "ActionOverdue", "FollowUpScheduled");
            assertThat(webhookKinds("leisure", testCase))
                    .containsExactlyInAnyOrder("ActionAssigned", "FollowUpScheduled");
        });

        // Covered by the consent: the name; in the reader's language.
        assertThat(mailTo("erik@polisen.test", testCase)).allSatisfy(mail -> assertThat(mail).contains(NAME));
        assertThat(mailTo("anna@skola.kommun.test", testCase)).allSatisfy(mail -> assertThat(mail).contains(NAME))
                .anySatisfy(mail -> assertThat(mail)
                        .contains("You are invited to a meeting about " + NAME + " (" + testCase.code() + ")"));
        assertThat(mailTo("sara@soc.kommun.test", testCase))
                .anySatisfy(mail -> assertThat(mail).contains("Planen för " + NAME))
                .anySatisfy(mail -> assertThat(mail)
                        .contains("gäller till och med " + today().plusDays(20).getDayOfMonth()));
        assertThat(webhookData("police", testCase))
                .allSatisfy(data -> assertThat(data.path("youthName").asString()).isEqualTo(NAME));
        assertThat(receiver.accepted("police")).allSatisfy(delivery -> assertThat(delivery.signatureValid()).isTrue());
        // Not covered: only that there is something, with the case code and a link.
        assertThat(mailTo("leo@fritid.kommun.test", testCase)).allSatisfy(mail -> assertThat(mail)
                .contains("Det finns något för dig i ärende " + testCase.code(), "/cases/" + testCase.id())
                .doesNotContain(NAME));
        assertThat(webhookData("leisure", testCase)).allSatisfy(data -> {
            assertThat(data.path("youthName").isNull()).isTrue();
            assertThat(data.toString()).doesNotContain(NAME);
        });

        List<String> namedBefore = inbox(OFFICER).stream()
                .filter(message -> message.path("caseId").asString().equals(testCase.id().toString()))
                .map(JsonNode::toString).toList();
        assertThat(namedBefore).as("the inbox names the youth where the consent lets the police read the name")
                .anySatisfy(message -> assertThat(message).contains(NAME));

        consentService.revoke(COORDINATOR, testCase.consentId());
        await().atMost(ARRIVAL).untilAsserted(() -> {
            for (String user : List.of(OFFICER, TEACHER, YOUTH_WORKER, COORDINATOR)) {
                assertThat(inboxOf(user, testCase)).contains("CONSENT_ENDED");
            }
            assertThat(webhookKinds("police", testCase)).contains("ConsentEnded");
            assertThat(webhookKinds("leisure", testCase)).contains("ConsentEnded");
        });
        expect(200, cases.post(COORDINATOR, path + "/closing",
                Map.of("reason", "the family moved", "planFollowed", false)));
        await().atMost(ARRIVAL).untilAsserted(() -> {
            for (String user : List.of(OFFICER, TEACHER, YOUTH_WORKER, COORDINATOR)) {
                assertThat(inboxOf(user, testCase)).contains("CASE_CLOSED");
            }
            assertThat(mailTo("erik@polisen.test", testCase)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(webhookKinds("school", testCase)).contains("ConsentEnded", "CaseClosed");
        });

        // Without a consent no name reaches anybody, by any channel; no personal identity number ever does.
        List<String> afterRevocation = new ArrayList<>();
        for (String address : List.of("erik@polisen.test", "anna@skola.kommun.test", "leo@fritid.kommun.test",
                "sara@soc.kommun.test")) {
            mailTo(address, testCase).stream().filter(mail -> mail.contains("inte längre") || mail.contains("no longer")
                    || mail.contains("avslutat") || mail.contains("closed")).forEach(afterRevocation::add);
        }
        // The inbox is read now: every message of the case, the ones that named the youth before the revocation too.
        for (String user : List.of(OFFICER, TEACHER, YOUTH_WORKER, COORDINATOR)) {
            inbox(user).stream().filter(message -> message.path("caseId").asString().equals(testCase.id().toString()))
                    .forEach(message -> afterRevocation.add(message.toString()));
        }
        for (String endpoint : List.of("police", "school", "leisure")) {
            webhookData(endpoint, testCase).stream()
                    .filter(data -> List.of("CONSENT_ENDED", "CASE_CLOSED").contains(data.path("kind").asString()))
                    .forEach(data -> afterRevocation.add(data.toString()));
        }
        // At least the revocation and the closing, to four people by mail and inbox and to three systems.
        assertThat(afterRevocation).hasSizeGreaterThanOrEqualTo(8 + 8 + 6)
                .allSatisfy(message -> assertThat(message).doesNotContain(NAME));
        assertThat(allMail()).allSatisfy(mail -> assertThat(mail).doesNotContain(NUMBER).doesNotContain("20110314"));
        assertThat(receiver.accepted("police"))
                .allSatisfy(delivery -> assertThat(delivery.body()).doesNotContain(NUMBER));
    }

    @Test
    void aRedeliveredEventTellsNobodyTwice() throws Exception {
        settings(OFFICER, "erik@polisen.test", "SV");
        TestCase testCase = identifiedCase(List.of("CRIMINALITY"), today().plusMonths(6));
        UUID actionId = UUID.randomUUID();
        byte[] event = planService().write(UUID.randomUUID(), Instant.now(), EventType.ACTION_DUE_SOON,
                testCase.youthRef(), new ActionDueSoon(testCase.id(), MUNICIPALITY, actionId, Agency.POLICE,
                        "officer-erik", today().plusDays(1)));

        send(testCase, event);
        send(testCase, event);
        publishPlanEvent(testCase, EventType.FOLLOW_UP_SCHEDULED,
                new FollowUpScheduled(testCase.id(), MUNICIPALITY, Instant.now()));

        // The later event has arrived, so the repeat before it has been handled too.
        await().atMost(ARRIVAL).until(() -> inboxOf(OFFICER, testCase).contains("FOLLOW_UP_SCHEDULED"));
        await().atMost(ARRIVAL).until(() -> mailTo("erik@polisen.test", testCase).size() == 2);
        assertThat(inboxOf(OFFICER, testCase)).containsExactlyInAnyOrder("ACTION_DUE_SOON", "FOLLOW_UP_SCHEDULED");
    }

    @Test
    void theNavigatorIsRemindedOfEveryActionOfTheCaseOnceAndNotToldOfAssignments() throws Exception {
        String navigator = TestTokens.forUser("navigator-nina", MUNICIPALITY, Agency.SOCIAL_SERVICES, Role.STAFF);
        settings(navigator, "nina@soc.kommun.test", "SV");
        TestCase testCase = identifiedCase(List.of("CRIMINALITY"), today().plusMonths(6));
        expect(200, cases.post(COORDINATOR, "/api/cases/" + testCase.id() + "/participants",
                Map.of("ref", "navigator-nina", "agency", "SOCIAL_SERVICES", "role", "NAVIGATOR")));
        await().atMost(ARRIVAL).until(() -> caseView.find(testCase.id()).stream()
                .anyMatch(known -> known.members().stream().anyMatch(member -> member.ref().equals("navigator-nina"))));

        publishPlanEvent(testCase, EventType.ACTION_ASSIGNED, new ActionAssigned(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.POLICE, "officer-erik", today().plusDays(14)));
        publishPlanEvent(testCase, EventType.ACTION_DUE_SOON, new ActionDueSoon(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.POLICE, "officer-erik", today().plusDays(2)));
        publishPlanEvent(testCase, EventType.ACTION_OVERDUE, new ActionOverdue(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.SCHOOL, null, today().minusDays(1)));
        // The navigator's own action: one reminder, not one as responsible and one as navigator.
        publishPlanEvent(testCase, EventType.ACTION_OVERDUE, new ActionOverdue(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.SOCIAL_SERVICES, "navigator-nina", today().minusDays(3)));
        publishPlanEvent(testCase, EventType.FOLLOW_UP_SCHEDULED, new FollowUpScheduled(testCase.id(), MUNICIPALITY,
                Instant.now().plus(Duration.ofDays(40))));

        // The follow-up, published last, has arrived: the reminders before it have been handled too.
        await().atMost(ARRIVAL).until(() -> inboxOf(navigator, testCase).contains("FOLLOW_UP_SCHEDULED")
                && inboxOf(OFFICER, testCase).contains("FOLLOW_UP_SCHEDULED"));
        assertThat(inboxOf(navigator, testCase)).containsExactlyInAnyOrder("ACTION_DUE_SOON", "ACTION_OVERDUE",
                "ACTION_OVERDUE", "FOLLOW_UP_SCHEDULED");
        assertThat(inboxOf(OFFICER, testCase))
                .containsExactlyInAnyOrder("ACTION_ASSIGNED", "ACTION_DUE_SOON", "FOLLOW_UP_SCHEDULED");
        assertThat(inboxOf(TEACHER, testCase)).containsExactlyInAnyOrder("ACTION_OVERDUE", "FOLLOW_UP_SCHEDULED");
        assertThat(inboxOf(COORDINATOR, testCase)).containsExactly("FOLLOW_UP_SCHEDULED");
        // One mail a notice, and no second one for her own action however long the queue is watched.
        await().atMost(ARRIVAL).until(() -> mailTo("nina@soc.kommun.test", testCase).size() >= 4);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> mailTo("nina@soc.kommun.test", testCase).size() == 4);
    }

    @Test
    void aFollowUpWithinADayIsRemindedOfOnce() {
        TestCase testCase = identifiedCase(List.of("CRIMINALITY"), today().plusMonths(6));
        publishPlanEvent(testCase, EventType.FOLLOW_UP_SCHEDULED, new FollowUpScheduled(testCase.id(), MUNICIPALITY,
                Instant.now().plus(Duration.ofHours(3))));

        await().atMost(ARRIVAL).until(() -> inboxOf(YOUTH_WORKER, testCase).contains("FOLLOW_UP_REMINDER"));
        // Several scans later, still once.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                inboxOf(YOUTH_WORKER, testCase).stream().filter("FOLLOW_UP_REMINDER"::equals).count() == 1);
        assertThat(inboxOf(OFFICER, testCase)).containsExactlyInAnyOrder("FOLLOW_UP_SCHEDULED", "FOLLOW_UP_REMINDER");
    }

    @Test
    void theInboxIsEachUsersOwn() {
        TestCase testCase = identifiedCase(List.of("CRIMINALITY"), today().plusMonths(6));
        publishPlanEvent(testCase, EventType.ACTION_DUE_SOON, new ActionDueSoon(testCase.id(), MUNICIPALITY,
                UUID.randomUUID(), Agency.POLICE, "officer-erik", today().plusDays(1)));
        await().atMost(ARRIVAL).until(() -> inboxOf(OFFICER, testCase).contains("ACTION_DUE_SOON"));
        String id = inbox(OFFICER).get(0).path("id").asString();

        assertThat(api.post(TEACHER, "/api/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(api.post(OFFICER, "/api/notifications/" + id + "/read", Map.of()).status()).isEqualTo(204);
        assertThat(expect(200, api.get(OFFICER, "/api/notifications?unread=true")).json())
                .extracting(m -> m.path("id").asString())
                .doesNotContain(id);
        assertThat(api.put(OFFICER, "/api/notifications/settings",
                Map.of("email", "not an address", "language", "SV"), Map.of()).body())
                .contains("email");
        assertThat(api.get(null, "/api/notifications").status()).isEqualTo(401);
    }

    @Test
    void startsReadyOnItsDatabaseAndTheBrokerWithMetricsAndProblemJson() throws Exception {
        RunningServiceChecks checks = new RunningServiceChecks(port, "notification-service", OFFICER);
        checks.assertReadyWithDatabaseAndKafka();
        checks.assertUnknownPathIsProblemJson();
        checks.assertPrometheusTagged();
    }

    private void settings(String user, String email, String language) {
        expect(200, api.put(user, "/api/notifications/settings", Map.of("email", email, "language", language),
                Map.of()));
    }

    private List<JsonNode> inbox(String user) {
        List<JsonNode> messages = new ArrayList<>();
        expect(200, api.get(user, "/api/notifications")).json().forEach(messages::add);
        return messages;
    }

    private List<String> inboxOf(String user, TestCase testCase) {
        return inbox(user).stream()
                .filter(message -> message.path("caseId").asString().equals(testCase.id().toString()))
                .map(message -> message.path("kind").asString()).toList();
    }

    /** The mail to the address about the case (every message names the case code). */
    private static List<String> mailTo(String address, TestCase testCase) throws Exception {
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address) && text(message).contains(testCase.code())) {
                mails.add(text(message));
            }
        }
        return mails;
    }

    private static List<String> allMail() throws Exception {
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            mails.add(text(message));
        }
        return mails;
    }

    /** Subject and text as the reader sees them, decoded from the transfer encoding. */
    private static String text(MimeMessage message) throws Exception {
        return message.getSubject() + "\n" + message.getContent();
    }

    private List<String> webhookKinds(String endpoint, TestCase testCase) {
        return receiver.accepted(endpoint).stream().map(delivery -> JSON.readTree(delivery.body()))
                .filter(event -> event.path("data").path("caseId").asString().equals(testCase.id().toString()))
                .map(event -> event.path("type").asString().split("\\.")[3])
                .toList();
    }

    private List<JsonNode> webhookData(String endpoint, TestCase testCase) {
        return receiver.accepted(endpoint).stream().map(delivery -> JSON.readTree(delivery.body()).path("data"))
                .filter(data -> data.path("caseId").asString().equals(testCase.id().toString()))
                .toList();
    }

    /** platform/deployment's KafkaUser for this service grants what it reads and writes, and nothing more. */
    @Test
    void itsKafkaUserAllowsExactlyTheTopicsAndGroupsItUses(@Autowired ApplicationContext context) {
        KafkaUserCheck.assertTheManifestAllowsExactlyWhatItDoes(context, OwnKafkaClient.class,
                client -> new OwnClient(client.topicsRead(), client.topicsWritten(), client.consumerGroup()));
    }
}
