package se.sspf.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.casework.ActiveCases.activeCase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.sspf.consent.WithAConsentService;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.Topics;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.ContractSchemas;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * A working group meeting with its three parts (issue 21): two consented cases with different participants, one
 * de-identified case and one returnee. Each case's participants see only their own case; what is about no
 * identified youth every member sees; the individual part's minutes stay behind the case's gate.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkingGroupMeetingTest extends WithAConsentService {

    private static final String COORDINATOR = TestTokens.forUser("wg-coordinator", "2380", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    private static final String OFFICER = TestTokens.forUser("wg-officer", "2380", Agency.POLICE, Role.STAFF);
    private static final String TEACHER = TestTokens.forUser("wg-teacher", "2380", Agency.SCHOOL, Role.STAFF);
    private static final String LEISURE = TestTokens.forUser("wg-leisure", "2380", Agency.LEISURE, Role.STAFF);
    private static final String DE_IDENTIFIED_CODE = "NORR-AX7";

    @Autowired TopicNames topics;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void eachCasesParticipantsSeeOnlyTheirCaseAndEveryMemberTheGroupsOwnParts(CapturedOutput output) {
        String firstCase = activeCase(api, consentService, OFFICER, COORDINATOR);
        String secondCase = activeCase(api, consentService, TEACHER, COORDINATOR);
        String firstCode = api.get(COORDINATOR, "/api/cases/" + firstCase).text("caseCode");
        String secondCode = api.get(COORDINATOR, "/api/cases/" + secondCase).text("caseCode");
        LocalDate home = LocalDate.now().plusDays(20);
        api.put(COORDINATOR, "/api/cases/" + secondCase + "/expected-return",
                Map.of("from", "INSTITUTION", "expectedOn", home.toString()), Map.of());

        String groupId = api.post(COORDINATOR, "/api/groups", Map.of("kind", "WORKING", "name", "Norra distriktet",
                "meetingIntervalDays", 14, "registrationDeadlineDays", 2, "members", List.of(
                        member("wg-coordinator", "SOCIAL_SERVICES", "CONVENER"), member("wg-officer", "POLICE", "MEMBER"),
                        member("wg-teacher", "SCHOOL", "MEMBER"), member("wg-leisure", "LEISURE", "MEMBER")))).text("id");
        String groupPath = "/api/groups/" + groupId;
        assertThat(api.get(LEISURE, groupPath).json().path("nextMeetingMissing").asBoolean())
                .as("no meeting yet: the coordinator's flag").isTrue();
        ApiClient.Response called = api.post(COORDINATOR, groupPath + "/meetings", Map.of(
                "scheduledFor", Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "place", "Fritidsgården", "general", List.of("Valborg: extra vuxna ute", "Bilbränder i området")));
        assertThat(called.status()).as(called.body()).isEqualTo(201);
        String meetingPath = groupPath + "/meetings/" + called.text("id");
        assertThat(api.get(LEISURE, groupPath).json().path("nextMeetingMissing").asBoolean()).isFalse();

        ApiClient.Response registered = api.post(COORDINATOR, meetingPath + "/cases", Map.of("caseId", firstCase));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().path("consent").path("status").asString()).isEqualTo("IN_FORCE");
        assertThat(registered.json().path("consent").path("validUntil").asString()).isNotEmpty();
        String caseMeetingId = registered.text("caseMeetingId");
        assertThat(api.post(COORDINATOR, meetingPath + "/cases", Map.of("caseId", secondCase)).status())
                .isEqualTo(201);
        assertThat(api.post(COORDINATOR, meetingPath + "/cases", Map.of("caseId", secondCase)).status())
                .as("registered twice").isEqualTo(409);
        ApiClient.Response presented = api.post(LEISURE, meetingPath + "/de-identified", Map.of(
                "code", DE_IDENTIFIED_CODE, "riskIndicators", List.of("WORRYING_PEER_CONTACTS"),
                "returnee", Map.of("from", "PRISON", "expectedOn", LocalDate.now().plusDays(30).toString()),
                "seekConsent", true));
        assertThat(presented.status()).as(presented.body()).isEqualTo(201);
        ApiClient.Response minuted = api.post(COORDINATOR, meetingPath + "/minutes", Map.of("text",
                "Valborg planeras gemensamt.", "decisions", List.of(Map.of("what", "Vuxenvandring på valborg",
                        "why", "oro i området", "who", "fritid och polis"))));
        assertThat(minuted.status()).as(minuted.body()).isEqualTo(200);

        // Each case's participants see their own case's individual part, and nothing of the other case.
        JsonNode officersView = api.get(OFFICER, meetingPath).json();
        assertThat(officersView.path("individual").findValuesAsString("caseId")).containsExactly(firstCase);
        assertThat(officersView.toString()).doesNotContain(secondCase, secondCode);
        JsonNode teachersView = api.get(TEACHER, meetingPath).json();
        assertThat(teachersView.path("individual").findValuesAsString("caseId")).containsExactly(secondCase);
        assertThat(teachersView.toString()).doesNotContain(firstCase, firstCode);
        JsonNode leisureView = api.get(LEISURE, meetingPath).json();
        assertThat(leisureView.path("individual").isEmpty()).isTrue();
        assertThat(leisureView.toString()).doesNotContain(firstCase, firstCode, secondCase, secondCode);
        assertThat(api.get(OFFICER, "/api/cases/" + secondCase).status()).isEqualTo(404);
        assertThat(api.get(OFFICER, "/api/cases/" + secondCase + "/meetings").status()).isEqualTo(404);
        assertThat(api.post(OFFICER, meetingPath + "/cases", Map.of("caseId", secondCase)).status()).isEqualTo(404);

        // The returnee part: by case code, to whom sees the case and its expected return through the gate.
        JsonNode coordinatorsView = api.get(COORDINATOR, meetingPath).json();
        assertThat(coordinatorsView.path("individual").findValuesAsString("caseId"))
                .containsExactlyInAnyOrder(firstCase, secondCase);
        assertThat(coordinatorsView.path("returnees").findValuesAsString("caseCode")).contains(secondCode);
        assertThat(coordinatorsView.path("registrationDeadline").asString()).isNotEmpty();

        // The de-identified case, the general part and its minutes: every member, by code and risk signs only.
        for (JsonNode view : List.of(officersView, teachersView, leisureView, coordinatorsView)) {
            JsonNode deIdentified = view.path("deIdentified").get(0);
            assertThat(deIdentified.path("code").asString()).isEqualTo(DE_IDENTIFIED_CODE);
            assertThat(deIdentified.path("riskIndicators").get(0).asString()).isEqualTo("WORRYING_PEER_CONTACTS");
            assertThat(deIdentified.path("returnee").path("from").asString()).isEqualTo("PRISON");
            assertThat(deIdentified.path("seekConsent").asBoolean()).isTrue();
            assertThat(deIdentified.propertyNames()).containsExactlyInAnyOrder("id", "code", "riskIndicators",
                    "returnee", "seekConsent");
            assertThat(view.path("general").get(1).asString()).isEqualTo("Bilbränder i området");
            assertThat(view.path("minutes").path("decisions").get(0).path("who").asString())
                    .isEqualTo("fritid och polis");
        }

        // The individual part's minutes are the case's record: shared with the police while the consent covers it.
        String caseMeetings = "/api/cases/" + firstCase + "/meetings";
        assertThat(api.post(COORDINATOR, caseMeetings + "/" + caseMeetingId + "/minutes", Map.of("text",
                "Polisen följer upp helgerna.", "decisions", List.of(), "category", "CRIMINALITY")).status())
                .isEqualTo(200);
        assertThat(api.get(OFFICER, caseMeetings).body()).contains("Polisen följer upp helgerna.");
        assertThat(api.get(TEACHER, caseMeetings).status()).isEqualTo(404);

        consentService.revoke(COORDINATOR, api.get(COORDINATOR, "/api/cases/" + firstCase).text("consentId"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get(OFFICER, caseMeetings).body()
                .contains("Polisen följer upp helgerna."));
        JsonNode withheld = api.get(OFFICER, caseMeetings).json().get(0);
        assertThat(withheld.path("id").asString()).isEqualTo(caseMeetingId);
        assertThat(withheld.path("minutes").isNull()).isTrue();
        assertThat(api.get(COORDINATOR, meetingPath).json().path("individual").findValues("consent").stream()
                .map(consent -> consent.path("status").asString())).contains("ENDED");

        List<ConsumerRecord<String, String>> events;
        try (TopicReader reader = new TopicReader(RealInfrastructure.get().kafka().bootstrapServers(),
                topics.of(Topics.CASE_EVENTS))) {
            events = reader.readFor(Duration.ofSeconds(3));
        }
        assertThat(events).filteredOn(record -> record.value().contains(EventType.WORKING_GROUP_MEETING_SCHEDULED.type())
                && record.value().contains(groupId)).singleElement().satisfies(record -> {
                    assertThat(record.key()).isEqualTo(groupId);
                    assertThat(ContractSchemas.violations(EventType.WORKING_GROUP_MEETING_SCHEDULED, record.value()))
                            .isEmpty();
                });
        assertThat(events).filteredOn(record -> record.value().contains(EventType.CASE_REGISTERED_FOR_MEETING.type())
                && record.value().contains(groupId)).hasSize(2).allSatisfy(record ->
                assertThat(ContractSchemas.violations(EventType.CASE_REGISTERED_FOR_MEETING, record.value())).isEmpty());
        assertThat(events).extracting(ConsumerRecord::value).noneMatch(value -> value.contains(DE_IDENTIFIED_CODE)
                || value.contains("Bilbränder") || value.contains("Valborg"));
        assertThat(output.getAll()).doesNotContain(DE_IDENTIFIED_CODE);
    }

    private static Map<String, String> member(String ref, String agency, String role) {
        return Map.of("ref", ref, "agency", agency, "role", role);
    }
}
