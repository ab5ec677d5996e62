package se.sspf.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.plan.PlanRequests.COORDINATOR;
import static se.sspf.plan.PlanRequests.MEMBERS;
import static se.sspf.plan.PlanRequests.MUNICIPALITY;
import static se.sspf.plan.PlanRequests.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/** What was found from outside (issue 18): each is a 400 problem naming the field, and nothing is written. */
class PlanBadInputTest extends WithTheOtherServices {

    private static final LocalDate TODAY = LocalDate.now(SwedishTime.ZONE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired JdbcClient jdbc;

    @Test
    void aFractionalStepIsRefusedNamingItAndNoPlanIsStored() {
        UUID caseId = UUID.randomUUID();

        assertRefused(api.post(COORDINATOR, "/api/plans/" + caseId, firstPlanWith(action -> action.put("step", 1.5))),
                "actions[0].step");
        assertThat(plansOf(caseId)).isZero();
    }

    @Test
    void aPersonalIdentityNumberAsTheResponsibleParticipantIsRefusedNamingIt() {
        UUID caseId = UUID.randomUUID();

        assertRefused(api.post(COORDINATOR, "/api/plans/" + caseId, firstPlanWith(action -> action.put(
                "responsible", Map.of("person", "Anna Berg", "agency", "SCHOOL", "participantRef",
                "19851114-2393")))), "actions[0].responsible.participantRef");
        assertThat(plansOf(caseId)).isZero();
    }

    @Test
    void aNulCharacterInTheFollowUpsPlaceOrHalfASurrogatePairInTheGoalIsRefusedNamingIt() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> plan = new HashMap<>(PlanWalkTest.firstPlan(TODAY));
        plan.put("followUp", appointment(TODAY.plusWeeks(6), "14:00", "Fritidsgården\u0000"));

        assertRefused(api.post(COORDINATOR, "/api/plans/" + caseId, plan), "followUp.place");
        plan.put("followUp", appointment(TODAY.plusWeeks(6), "14:00", "Fritidsgården"));
        plan.put("mainGoal", "GOAL");
        assertRefused(api.exchange(COORDINATOR, "POST", "/api/plans/" + caseId, JSON.writeValueAsString(plan)
                .replace("GOAL", "\\udfff"), Map.of()), "mainGoal");
        assertThat(plansOf(caseId)).isZero();
    }

    @Test
    void aMovedFollowUpWithANulCharacterInItsPlaceIsRefusedAndThePlanKeepsItsFollowUp() {
        CaseServiceEvents.TestCase testCase = caseEvents.activeCase(MUNICIPALITY, MEMBERS);
        consentService.register(COORDINATOR, testCase.id(), testCase.youthRef(), TODAY.plusMonths(6));
        String path = "/api/plans/" + testCase.id();
        ApiClient.Response agreed = agreeOnceTheCaseIsActive(path, PlanWalkTest.firstPlan(TODAY));
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);

        assertRefused(api.put(COORDINATOR, path + "/follow-up", appointment(TODAY.plusWeeks(2), "10:00",
                "Ugglan\u0000"), Map.of("If-Match", agreed.etag())), "place");
        assertThat(api.get(COORDINATOR, path).etag()).isEqualTo(agreed.etag());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstPlanWith(Consumer<Map<String, Object>> changeOfTheFirstAction) {
        Map<String, Object> plan = new HashMap<>(PlanWalkTest.firstPlan(TODAY));
        List<Map<String, Object>> actions = new ArrayList<>((List<Map<String, Object>>) plan.get("actions"));
        Map<String, Object> first = new HashMap<>(actions.get(0));
        changeOfTheFirstAction.accept(first);
        actions.set(0, first);
        plan.put("actions", actions);
        return plan;
    }

    private static void assertRefused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("field")).as(response.body())
                .containsExactly(field);
    }

    private long plansOf(UUID caseId) {
        return jdbc.sql("select count(*) from plan where case_id = ?").param(caseId).query(Long.class).single();
    }
}
