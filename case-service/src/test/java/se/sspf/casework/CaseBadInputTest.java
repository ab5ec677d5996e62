package se.sspf.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.casework.ActiveCases.activeCase;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.consent.WithAConsentService;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.TestTokens;

/** What was found from outside (issue 18): each is a 400 problem naming the field, and nothing is written. */
class CaseBadInputTest extends WithAConsentService {

    private static final String TEACHER = TestTokens.forUser("teacher-anna", "2380", Agency.SCHOOL, Role.STAFF);
    private static final String COORDINATOR = TestTokens.forUser("coordinator-sara", "2380", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);

    @Autowired JdbcClient jdbc;
    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aRiskIndicatorByItsOrdinalIsRefusedNamingIt() {
        long cases = count("select count(*) from sspf_case");

        assertRefused(api.post(TEACHER, "/api/cases", Map.of("riskIndicators", List.of(1))), "riskIndicators[0]");
        assertRefused(api.post(TEACHER, "/api/cases", Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE"),
                "riskIndicator", List.of())), "riskIndicator");
        assertThat(count("select count(*) from sspf_case")).isEqualTo(cases);
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingTheParameter() {
        assertRefused(api.get(TEACHER, "/api/cases?size=0"), "size");
        assertRefused(api.get(TEACHER, "/api/cases?size=101"), "size");
        assertRefused(api.get(TEACHER, "/api/cases?size=1000"), "size");
        assertRefused(api.get(TEACHER, "/api/cases?page=-1"), "page");
    }

    @Test
    void aNulCharacterOrHalfASurrogatePairInTheJournalIsRefusedNamingTheTextAndNothingIsStored() {
        String path = "/api/cases/" + activeCase(api, consentService, TEACHER, COORDINATOR);

        assertRefused(api.post(TEACHER, path + "/journal", Map.of("category", "OTHER", "text", "absent\u0000")),
                "text");
        assertRefused(api.exchange(TEACHER, "POST", path + "/journal",
                "{\"category\": \"OTHER\", \"text\": \"\\ud800\"}", Map.of()), "text");
        assertThat(count("select count(*) from journal_entry where case_id = ?::uuid", path.substring(11))).isZero();
    }

    @Test
    void aNulCharacterInAMeetingsPlaceOrAgendaIsRefusedNamingItAndNothingIsStored() {
        String path = "/api/cases/" + activeCase(api, consentService, TEACHER, COORDINATOR);

        assertRefused(api.post(COORDINATOR, path + "/meetings", meeting("Youth centre\u0000", "how school is going")),
                "place");
        assertRefused(api.post(COORDINATOR, path + "/meetings", meeting("Youth centre", "how school\u0000 is going")),
                "individual[0]");
        assertThat(count("select count(*) from meeting where case_id = ?::uuid", path.substring(11))).isZero();
    }

    @Test
    void aNullDecisionInTheMinutesIsRefusedNamingItsPlace() {
        String path = "/api/cases/" + activeCase(api, consentService, TEACHER, COORDINATOR);
        String meeting = api.post(COORDINATOR, path + "/meetings", meeting("Youth centre", "school")).text("id");
        List<Object> decisions = new ArrayList<>();
        decisions.add(null);

        assertRefused(api.post(COORDINATOR, path + "/meetings/" + meeting + "/minutes",
                Map.of("text", "Talked.", "decisions", decisions)), "decisions[0]");
        assertThat(api.get(COORDINATOR, path + "/meetings").json().get(0).path("minutes").isNull()).isTrue();
    }

    @Test
    void aNulCharacterInTheDecisionsReasonIsRefusedAndTheCaseStaysProposed() {
        String path = "/api/cases/" + api.post(TEACHER, "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE"))).text("id");

        assertRefused(api.post(COORDINATOR, path + "/decision", Map.of("offered", true, "reason", "fits\u0000")),
                "reason");
        assertThat(api.get(COORDINATOR, path).text("status")).isEqualTo("PROPOSED");
    }

    @Test
    void aPersonalIdentityNumberAsAParticipantIsRefusedNamingTheField() {
        String path = "/api/cases/" + activeCase(api, consentService, TEACHER, COORDINATOR);
        int participants = api.get(COORDINATOR, path).json().path("participants").size();

        assertRefused(api.post(COORDINATOR, path + "/participants", Map.of("ref", "P-198511142393", "role",
                "INVITED")), "ref");
        assertRefused(api.post(COORDINATOR, path + "/participants", Map.of("ref", "851114-2393", "agency", "POLICE",
                "role", "STAFF")), "ref");
        assertThat(api.get(COORDINATOR, path).json().path("participants").size()).isEqualTo(participants);
    }

    private static Map<String, Object> meeting(String place, String item) {
        return Map.of("scheduledFor", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "place", place, "invitees", List.of("teacher-anna"), "familyInvited", true, "individual",
                List.of(item), "general", List.of());
    }

    private static void assertRefused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("field")).as(response.body())
                .containsExactly(field);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
