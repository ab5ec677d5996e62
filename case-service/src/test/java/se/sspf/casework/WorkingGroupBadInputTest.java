package se.sspf.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.casework.ActiveCases.activeCase;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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

/** A group's refusals (issue 21): each a 4xx problem naming the field or rule, and nothing is stored. */
class WorkingGroupBadInputTest extends WithAConsentService {

    private static final String COORDINATOR = TestTokens.forUser("wgb-coordinator", "2380", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    private static final String OFFICER = TestTokens.forUser("wgb-officer", "2380", Agency.POLICE, Role.STAFF);
    private static final String POLICE_COORDINATOR = TestTokens.forUser("wgb-police-lead", "2380", Agency.POLICE,
            Role.COORDINATOR);
    private static final String OUTSIDER = TestTokens.forUser("wgb-outsider", "2380", Agency.SCHOOL, Role.STAFF);
    /** A valid personal identity number (a real date and check digit), written with ten digits. */
    private static final String IDENTITY_NUMBER = "851114-2393";

    @Autowired JdbcClient jdbc;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aCaseRegisteredAfterTheDeadlineIsRefusedNamingItAndNothingIsStored() {
        String caseId = activeCase(api, consentService, OFFICER, COORDINATOR);
        String group = "/api/groups/" + api.post(COORDINATOR, "/api/groups", group(30)).text("id");
        String meeting = api.post(COORDINATOR, group + "/meetings", meeting(5, List.of())).text("id");
        long caseMeetings = count("select count(*) from meeting where case_id = ?::uuid", caseId);

        ApiClient.Response late = api.post(COORDINATOR, group + "/meetings/" + meeting + "/cases",
                Map.of("caseId", caseId));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.text("type")).endsWith("/registration-closed");
        assertThat(late.text("deadline")).isNotEmpty();
        assertThat(count("select count(*) from group_meeting_case where group_meeting_id = ?::uuid", meeting)).isZero();
        assertThat(count("select count(*) from meeting where case_id = ?::uuid", caseId)).isEqualTo(caseMeetings);
    }

    @Test
    void aPersonalIdentityNumberInTheGeneralPartOrTheMinutesIsRefusedNamingTheFieldAndNothingIsStored() {
        String groupId = api.post(COORDINATOR, "/api/groups", group(2)).text("id");
        String group = "/api/groups/" + groupId;

        assertRefused(api.post(COORDINATOR, group + "/meetings",
                meeting(10, List.of("Valborg", "Bråk med " + IDENTITY_NUMBER))), "general[1]");
        assertRefused(api.post(COORDINATOR, group + "/meetings",
                meeting(10, List.of("Skolavslutning 198511142393"))), "general[0]");
        assertThat(count("select count(*) from group_meeting where group_id = ?::uuid", groupId)).isZero();

        String meeting = group + "/meetings/" + api.post(COORDINATOR, group + "/meetings",
                meeting(10, List.of("Lucia"))).text("id");
        assertRefused(api.post(COORDINATOR, meeting + "/minutes", Map.of("text", "Inget särskilt.", "decisions",
                List.of(Map.of("what", "följa upp", "why", "gäller " + IDENTITY_NUMBER, "who", "polisen")))),
                "decisions[0].why");
        assertRefused(api.post(COORDINATOR, meeting + "/minutes", Map.of("text", "Om " + IDENTITY_NUMBER,
                "decisions", List.of())), "text");
        assertThat(api.get(COORDINATOR, meeting).json().path("minutes").isNull()).isTrue();
    }

    @Test
    void aNonMemberFindsNoMeetingAndAMemberWhoDoesNotConveneCallsNone() {
        String groupId = api.post(COORDINATOR, "/api/groups", group(2)).text("id");
        String group = "/api/groups/" + groupId;
        String meeting = api.post(COORDINATOR, group + "/meetings", meeting(10, List.of())).text("id");

        assertThat(api.post(OUTSIDER, group + "/meetings", meeting(10, List.of())).status()).isEqualTo(404);
        assertThat(api.get(OUTSIDER, group).status()).isEqualTo(404);
        assertThat(api.get(OUTSIDER, group + "/meetings/" + meeting).status()).isEqualTo(404);
        assertThat(api.get(OUTSIDER, "/api/groups").json().size()).isZero();
        ApiClient.Response notConvener = api.post(OFFICER, group + "/meetings", meeting(10, List.of()));
        assertThat(notConvener.status()).isEqualTo(403);
        assertThat(notConvener.contentType()).startsWith("application/problem+json");
        assertThat(api.post(OFFICER, group + "/meetings/" + meeting + "/minutes",
                Map.of("text", "x", "decisions", List.of())).status()).isEqualTo(403);
        assertThat(api.put(OFFICER, group + "/mandate", Map.of("text", "Förebygg"), Map.of()).status())
                .as("not in the steering group").isEqualTo(403);
        assertThat(count("select count(*) from group_meeting where group_id = ?::uuid", groupId)).isEqualTo(1);
    }

    @Test
    void onlySocialServicesCoordinatorFormsAGroupAndABadBodyIsRefusedNamingTheField() {
        long groups = count("select count(*) from working_group");

        assertThat(api.post(POLICE_COORDINATOR, "/api/groups", group(2)).status()).isEqualTo(403);
        assertThat(api.post(OFFICER, "/api/groups", group(2)).status()).isEqualTo(403);
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "name", "")), "name");
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "meetingIntervalDays", 3)),
                "meetingIntervalDays");
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "registrationDeadlineDays", 31)),
                "registrationDeadlineDays");
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "kind", "DISTRICT")), "kind");
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "members", List.of())), "members");
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "members",
                List.of(member("wgb-officer", "POLICE", "MEMBER")))), "members");
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "members",
                List.of(member("wgb-officer", "POLICE", "CONVENER")))), "members");
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "members", List.of(
                member("wgb-coordinator", "SOCIAL_SERVICES", "CONVENER"),
                member("wgb-coordinator", "SOCIAL_SERVICES", "MEMBER")))), "members");
        assertRefused(api.post(COORDINATOR, "/api/groups", with(group(2), "members", List.of(
                member("wgb-coordinator", "SOCIAL_SERVICES", "CONVENER"), member("19851114-2393", "POLICE",
                        "MEMBER")))), "members[1].ref");
        assertThat(count("select count(*) from working_group")).isEqualTo(groups);

        String group = "/api/groups/" + api.post(COORDINATOR, "/api/groups", group(2)).text("id");
        String meeting = group + "/meetings/" + api.post(COORDINATOR, group + "/meetings", meeting(10, List.of()))
                .text("id");
        assertRefused(api.post(COORDINATOR, meeting + "/de-identified", deIdentified("AB-851114")), "code");
        assertRefused(api.post(COORDINATOR, meeting + "/de-identified", deIdentified("ab")), "code");
        assertRefused(api.post(COORDINATOR, meeting + "/de-identified",
                with(deIdentified("NORR-1"), "riskIndicators", List.of())), "riskIndicators");
        assertRefused(api.post(COORDINATOR, group + "/meetings", Map.of("scheduledFor",
                Instant.now().minus(1, ChronoUnit.DAYS).toString(), "place", "Stadshuset")), "scheduledFor");
        assertThat(api.get(COORDINATOR, meeting).json().path("deIdentified").isEmpty()).isTrue();
    }

    private static Map<String, Object> group(int registrationDeadlineDays) {
        return Map.of("kind", "WORKING", "name", "Södra distriktet", "meetingIntervalDays", 14,
                "registrationDeadlineDays", registrationDeadlineDays, "members", List.of(
                        member("wgb-coordinator", "SOCIAL_SERVICES", "CONVENER"),
                        member("wgb-officer", "POLICE", "MEMBER")));
    }

    private static Map<String, Object> meeting(int daysAhead, List<String> general) {
        return Map.of("scheduledFor", Instant.now().plus(daysAhead, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString(), "place", "Stadshuset", "general", general);
    }

    private static Map<String, Object> deIdentified(String code) {
        return Map.of("code", code, "riskIndicators", List.of("SUSPECTED_CRIME"), "seekConsent", false);
    }

    private static Map<String, String> member(String ref, String agency, String role) {
        return Map.of("ref", ref, "agency", agency, "role", role);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
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
