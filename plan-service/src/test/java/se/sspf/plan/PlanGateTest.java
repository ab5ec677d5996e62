package se.sspf.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.plan.PlanRequests.COORDINATOR;
import static se.sspf.plan.PlanRequests.MALMO;
import static se.sspf.plan.PlanRequests.MEMBERS;
import static se.sspf.plan.PlanRequests.MUNICIPALITY;
import static se.sspf.plan.PlanRequests.OFFICER;
import static se.sspf.plan.PlanRequests.OTHER_OFFICER;
import static se.sspf.plan.PlanRequests.TEACHER;
import static se.sspf.plan.PlanRequests.YOUTH_WORKER;
import static se.sspf.plan.PlanRequests.appointment;
import static se.sspf.plan.PlanRequests.followUp;
import static se.sspf.plan.PlanWalkTest.expect;
import static se.sspf.plan.PlanWalkTest.firstPlan;
import static se.sspf.plan.PlanWalkTest.goals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.ApiClient;
import tools.jackson.databind.JsonNode;

/** Two users of one case, and the consent gate between them. */
class PlanGateTest extends WithTheOtherServices {

    private static final LocalDate TODAY = LocalDate.now(SwedishTime.ZONE);

    @Autowired JdbcClient jdbc;

    @Test
    void anAgencySeesItsOwnActionsAlwaysAndTheRestOnlyWhileAConsentCoversTheArea() {
        CaseServiceEvents.TestCase testCase = caseEvents.activeCase(MUNICIPALITY, MEMBERS);
        String path = "/api/plans/" + testCase.id();
        agree(path);

        JsonNode withoutConsent = expect(200, api.get(OFFICER, path)).json();
        assertThat(goals(withoutConsent)).containsExactly("Inga nya brott");
        assertThat(withoutConsent.path("header").isNull()).as("the header is withheld").isTrue();
        assertThat(withoutConsent.toString()).doesNotContain("Kim", "innebandy", "cannabis");
        assertThat(goals(expect(200, api.get(TEACHER, path)).json())).containsExactly("Gå i skolan varje dag");
        assertThat(api.get(OFFICER, path + "/print").status()).as("the family's copy is printed by the plan's author")
                .isEqualTo(403);
        assertThat(expect(200, api.get(OFFICER, path + "/versions")).json().get(0).path("agreedOn").isNull()).isTrue();

        // The consent covers school, social services and police, about school and crime (not health, leisure or
        // "other").
        String consentId = consentService.register(COORDINATOR, testCase.id(), testCase.youthRef(),
                TODAY.plusMonths(6));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(goals(api.get(OFFICER, path).json()))
                .containsExactlyInAnyOrder("Gå i skolan varje dag", "Inga nya brott"));
        JsonNode withConsent = api.get(OFFICER, path).json();
        assertThat(withConsent.path("header").isNull()).as("'other' is not covered").isTrue();
        assertThat(withConsent.toString()).contains("Jag går till skolan varje dag")
                .doesNotContain("innebandy", "cannabis");
        assertThat(goals(expect(200, api.get(YOUTH_WORKER, path)).json())).as("leisure is not covered")
                .containsExactly("En meningsfull fritid");
        assertThat(jdbc.sql("select legal_basis || ' ' || consent_id from sspf_audit.entry where actor = "
                + "'officer-erik' and resource = ? and legal_basis = 'CONSENT' order by sequence desc limit 1")
                .param("plan/" + testCase.id()).query(String.class).single()).isEqualTo("CONSENT " + consentId);

        consentService.revoke(COORDINATOR, consentId);
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(goals(api.get(OFFICER, path).json())).containsExactly("Inga nya brott"));
        assertThat(api.get(OFFICER, path).body()).doesNotContain("Jag går till skolan varje dag");
    }

    @Test
    void anotherMunicipalityAndAnOfficerOutsideTheCaseFindNoPlan() {
        CaseServiceEvents.TestCase testCase = caseEvents.activeCase(MUNICIPALITY, MEMBERS);
        consentService.register(COORDINATOR, testCase.id(), testCase.youthRef(), TODAY.plusMonths(6));
        String path = "/api/plans/" + testCase.id();
        JsonNode agreed = agree(path);
        String action = PlanWalkTest.actionId(agreed, "Inga nya brott");

        for (String stranger : List.of(MALMO, OTHER_OFFICER)) {
            List<ApiClient.Response> answers = new ArrayList<>(List.of(
                    api.get(stranger, path), api.get(stranger, path + "/versions"),
                    api.get(stranger, path + "/versions/1"), api.get(stranger, path + "/follow-ups"),
                    api.get(stranger, path + "/print"), api.post(stranger, path, firstPlan(TODAY)),
                    api.post(stranger, path + "/follow-ups", followUp(1, TODAY, List.of(), "CLOSE")),
                    api.put(stranger, path + "/follow-up", appointment(TODAY, "10:00", "Polishuset"), Map.of()),
                    api.put(stranger, path + "/actions/" + action + "/status", Map.of("status", "DONE"),
                    Map.of("If-Match", "\"1\""))));
            assertThat(answers).extracting(ApiClient.Response::status).containsOnly(404);
            assertThat(answers).allSatisfy(answer ->
                    assertThat(answer.contentType()).startsWith("application/problem+json"));
            assertThat(expect(200, api.get(stranger, "/api/plans/actions")).json()).isEmpty();
        }
        assertThat(api.get(null, path).status()).isEqualTo(401);
    }

    private JsonNode agree(String path) {
        return expect(201, agreeOnceTheCaseIsActive(path, firstPlan(TODAY))).json();
    }
}
