package se.sspf.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.casework.ActiveCases.activeCase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sspf.consent.WithAConsentService;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

class CaseMeetingsAndGroupWorkTest extends WithAConsentService {

    private static final String TEACHER = TestTokens.forUser("teacher-bo", "2380", Agency.SCHOOL, Role.STAFF);
    private static final String COORDINATOR = TestTokens.forUser("coordinator-lena", "2380", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    private static final String OFFICER = TestTokens.forUser("officer-ali", "2380", Agency.POLICE, Role.STAFF);
    private static final String LEISURE = TestTokens.forUser("leisure-kim", "2380", Agency.LEISURE, Role.STAFF);
    private static final String STEERING = TestTokens.forUser("steering-1", "2380", Agency.SOCIAL_SERVICES,
            Role.STEERING);


    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aMeetingInvitesOnlyWhomTheConsentCoversAndKeepsMinutesWithDecisionsAsTheWritingAgencysRecords() {
        String path = "/api/cases/" + activeCase(api, consentService, TEACHER, COORDINATOR);
        api.post(COORDINATOR, path + "/participants",
                Map.of("ref", "officer-ali", "agency", "POLICE", "role", "STAFF"));
        api.post(COORDINATOR, path + "/participants",
                Map.of("ref", "leisure-kim", "agency", "LEISURE", "role", "STAFF"));
        api.post(COORDINATOR, path + "/participants", Map.of("ref", "P-COACH001", "role", "INVITED"));
        String when = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        ApiClient.Response leisureNotCovered = api.post(COORDINATOR, path + "/meetings",
                meeting(when, List.of("officer-ali", "leisure-kim")));
        assertThat(leisureNotCovered.status()).isEqualTo(400);
        assertThat(leisureNotCovered.text("rule")).isEqualTo("invitee-covered-by-consent");

        ApiClient.Response scheduled = api.post(COORDINATOR, path + "/meetings",
                meeting(when, List.of("officer-ali", "teacher-bo", "P-COACH001")));
        assertThat(scheduled.status()).isEqualTo(201);
        String meetingPath = path + "/meetings/" + scheduled.text("id");

        ApiClient.Response minutes = api.post(COORDINATOR, meetingPath + "/minutes",
                Map.of("text", "Talked about school and leisure.", "decisions",
                List.of(Map.of("what", "a mentor at school", "why", "absence", "who", "school"))));
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(api.post(COORDINATOR, meetingPath + "/minutes", Map.of("text", "again", "decisions", List.of()))
                .status()).isEqualTo(409);

        JsonNode ownRecord = api.get(COORDINATOR, path + "/meetings").json().get(0);
        assertThat(ownRecord.path("decisions").get(0).path("who").asString()).isEqualTo("school");
        assertThat(ownRecord.path("agenda").path("individual").get(0).asString()).isEqualTo("how school is going");
        // The consent covers school and crime: social services' agenda and minutes ("other") stay its own.
        JsonNode invited = api.get(OFFICER, path + "/meetings").json().get(0);
        assertThat(invited.path("place").asString()).as("the invitation reaches the invitee")
                .isEqualTo("Youth centre, room 2");
        assertThat(invited.path("agenda").isNull()).isTrue();
        assertThat(invited.path("minutes").isNull()).isTrue();
        assertThat(invited.path("decisions").isNull()).isTrue();
        assertThat(invited.toString()).doesNotContain("how school is going", "Talked about", "a mentor at school");
        assertThat(api.get(LEISURE, path + "/meetings").json().size()).as("not invited: no meeting at all").isZero();

        // Minutes about crime are shared with the police under the consent.
        String second = api.post(COORDINATOR, path + "/meetings", meeting(when, List.of("officer-ali"))).text("id");
        api.post(COORDINATOR, path + "/meetings/" + second + "/minutes",
                Map.of("text", "The police's plan for the summer.", "decisions", List.of(), "category", "CRIMINALITY"));
        assertThat(api.get(OFFICER, path + "/meetings").body()).contains("The police's plan for the summer.")
                .doesNotContain("Talked about school and leisure.");
    }

    @Test
    void aReportOfConcernIsRecordedWithoutAnyConsent() {
        ApiClient.Response proposed = api.post(TEACHER, "/api/cases",
                Map.of("riskIndicators", List.of("SUSPECTED_CRIME")));
        String path = "/api/cases/" + proposed.text("id");

        ApiClient.Response recorded = api.post(TEACHER, path + "/reports-of-concern",
                Map.of("madeOn", LocalDate.now().toString()));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.text("agency")).isEqualTo("SCHOOL");
        assertThat(api.get(TEACHER, path + "/reports-of-concern").json().size()).isEqualTo(1);
    }

    @Test
    void returneesAreListedForTheWorkingGroupByCaseCodeWithoutIdentity() {
        String caseId = activeCase(api, consentService, TEACHER, COORDINATOR);
        String caseCode = api.get(COORDINATOR, "/api/cases/" + caseId).text("caseCode");
        LocalDate home = LocalDate.now().plusDays(20);
        api.put(COORDINATOR, "/api/cases/" + caseId + "/expected-return",
                Map.of("from", "INSTITUTION", "expectedOn", home.toString()), Map.of());

        ApiClient.Response returnees = api.get(COORDINATOR,
                "/api/cases/returnees?from=" + LocalDate.now() + "&to=" + home.plusDays(1));

        assertThat(returnees.status()).isEqualTo(200);
        assertThat(returnees.body()).contains(caseCode, "INSTITUTION", home.toString()).doesNotContain(caseId)
                .doesNotContain("Y-");
        assertThat(api.get(TEACHER, "/api/cases/returnees?from=" + LocalDate.now() + "&to=" + home).status())
                .isEqualTo(403);
    }

    @Test
    void theFiguresShowNoCountBelowFive() {
        for (int i = 0; i < 6; i++) {
            api.post(TEACHER, "/api/cases", Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE")));
        }
        api.post(OFFICER, "/api/cases", Map.of("riskIndicators", List.of("SUSPECTED_CRIME")));

        ApiClient.Response figures = api.get(STEERING, "/api/cases/figures");

        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.json().path("casesByInitiatingAgency").path("SCHOOL").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(figures.json().path("casesByInitiatingAgency").path("POLICE").isNull()).isTrue();
        assertThat(figures.json().path("suppressedBelow").asInt()).isEqualTo(5);
        assertThat(figures.body()).doesNotContain("Y-").doesNotContain("SSPF-");
        assertThat(api.get(TEACHER, "/api/cases/figures").status()).isEqualTo(403);
    }

    private static Map<String, Object> meeting(String when, List<String> invitees) {
        return Map.of("scheduledFor", when, "place", "Youth centre, room 2", "invitees", invitees, "familyInvited",
                true, "individual", List.of("how school is going"), "general", List.of("Lucia"));
    }
}
