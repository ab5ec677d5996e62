package se.sspf.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.TestTokens;

/** The people of the tests' cases and the plans their meetings write, as API requests. */
final class PlanRequests {

    static final String MUNICIPALITY = "2380";
    static final String COORDINATOR = TestTokens.forUser("coordinator-sara", MUNICIPALITY, Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    static final String TEACHER = TestTokens.forUser("teacher-anna", MUNICIPALITY, Agency.SCHOOL, Role.STAFF);
    static final String OFFICER = TestTokens.forUser("officer-erik", MUNICIPALITY, Agency.POLICE, Role.STAFF);
    static final String YOUTH_WORKER = TestTokens.forUser("youth-worker-leo", MUNICIPALITY, Agency.LEISURE, Role.STAFF);
    /** A police officer of the same municipality who does not take part in the case. */
    static final String OTHER_OFFICER = TestTokens.forUser("officer-olle", MUNICIPALITY, Agency.POLICE, Role.STAFF);
    static final String MALMO = TestTokens.forUser("coordinator-malmo", "1280", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);

    static final List<CaseServiceEvents.Member> MEMBERS = List.of(
            new CaseServiceEvents.Member("coordinator-sara", Agency.SOCIAL_SERVICES, "COORDINATOR"),
            new CaseServiceEvents.Member("teacher-anna", Agency.SCHOOL, "STAFF"),
            new CaseServiceEvents.Member("officer-erik", Agency.POLICE, "STAFF"),
            new CaseServiceEvents.Member("youth-worker-leo", Agency.LEISURE, "STAFF"));

    private PlanRequests() {
    }

    static Map<String, Object> plan(LocalDate agreedOn, List<Map<String, Object>> actions,
            List<Map<String, Object>> commitments) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("agreedOn", agreedOn.toString());
        plan.put("present", List.of("Mamma Eva", "Kim", "Sara Lind (samordnare)", "Anna Berg (mentor)",
                "Erik Holm (polis)"));
        plan.put("mainGoal", "Kim ska sluta med sitt kriminella beteende");
        plan.put("actions", actions);
        plan.put("commitments", commitments);
        plan.put("followUp", appointment(agreedOn.plusWeeks(6), "14:00", "Fritidsgården Ugglan"));
        plan.put("acuteContact", "Sara Lind, samordnare, 063-14 30 00");
        return plan;
    }

    static Map<String, Object> action(String area, String goal, String what, String person, Agency agency, String ref,
            LocalDate dueOn,
                                      int step) {
        Map<String, Object> action = new HashMap<>();
        action.put("area", area);
        action.put("goal", goal);
        action.put("actions", what);
        action.put("responsible", ref == null ? Map.of("person", person, "agency", agency.name())
                : Map.of("person", person, "agency", agency.name(), "participantRef", ref));
        action.put("dueOn", dueOn.toString());
        action.put("step", step);
        action.put("documentation", "Anteckning i journalen");
        return action;
    }

    static Map<String, Object> continuing(String id, Map<String, Object> action) {
        Map<String, Object> continued = new HashMap<>(action);
        continued.put("id", id);
        return continued;
    }

    static Map<String, Object> commitment(String area, String text) {
        return Map.of("area", area, "text", text);
    }

    static Map<String, Object> appointment(LocalDate date, String time, String place) {
        return Map.of("date", date.toString(), "time", time, "place", place);
    }

    static Map<String, Object> followUp(int reviewedVersion, LocalDate heldOn, List<Map<String, Object>> checks,
            String decision) {
        Map<String, Object> followUp = new HashMap<>();
        followUp.put("reviewedVersion", reviewedVersion);
        followUp.put("heldOn", heldOn.toString());
        followUp.put("checks", new ArrayList<>(checks));
        followUp.put("decision", decision);
        return followUp;
    }

    static Map<String, Object> check(String actionId, String outcome, String note) {
        return Map.of("actionId", actionId, "outcome", outcome, "note", note);
    }
}
