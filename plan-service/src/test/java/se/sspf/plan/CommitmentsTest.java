package se.sspf.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.plan.PlanRequests.MALMO;
import static se.sspf.plan.PlanRequests.action;
import static se.sspf.plan.PlanRequests.plan;
import static se.sspf.plan.PlanWalkTest.actionId;
import static se.sspf.plan.PlanWalkTest.expect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FirstAgreement;
import se.sspf.testsupport.TestClock;
import se.sspf.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * Each agency's commitments per tertial, from plans of a municipality of their own (Malmö) whose actions were
 * reported done on the days the test clock was moved to: a year gone by, read as if it were mid-October of it.
 */
class CommitmentsTest extends WithTheOtherServices {

    private static final String MALMO_MUNICIPALITY = "1280";
    private static final String TEACHER = TestTokens.forUser("teacher-malmo", MALMO_MUNICIPALITY, Agency.SCHOOL,
            Role.STAFF);
    private static final String OFFICER = TestTokens.forUser("officer-malmo", MALMO_MUNICIPALITY, Agency.POLICE,
            Role.STAFF);
    private static final String STEERING = TestTokens.forUser("steering-malmo", MALMO_MUNICIPALITY, Agency.POLICE,
            Role.STEERING);
    private static final List<CaseServiceEvents.Member> MEMBERS = List.of(
            new CaseServiceEvents.Member("coordinator-malmo", Agency.SOCIAL_SERVICES, "COORDINATOR"),
            new CaseServiceEvents.Member("teacher-malmo", Agency.SCHOOL, "STAFF"),
            new CaseServiceEvents.Member("officer-malmo", Agency.POLICE, "STAFF"));

    @TestConfiguration
    static class MovableTime {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @Autowired TestClock clock;

    private final int year = SwedishTime.today(java.time.Clock.systemUTC()).getYear() - 1;

    @Test
    void eachAgencysActionsPerTertialAndTheAgencyRepeatedlyLateOnTheEscalationList() {
        try {
            moveTo(date(1, 2));
            List<Map<String, Object>> actions = new ArrayList<>();
            // Police: late in T1 (6 of 8 not done) and in T2 (5 of 10 done five days late): escalated.
            actions.addAll(actions(Agency.POLICE, "officer-malmo", "police-t1-not-done", date(2, 2), 6));
            actions.addAll(actions(Agency.POLICE, "officer-malmo", "police-t1-on-time", date(3, 2), 2));
            actions.addAll(actions(Agency.POLICE, "officer-malmo", "police-t2-late", date(6, 10), 5));
            actions.addAll(actions(Agency.POLICE, "officer-malmo", "police-t2-on-time", date(6, 10), 5));
            // School: late in T1 only (5 of 5 not done); in T3 on time and open: once is not repeatedly.
            actions.addAll(actions(Agency.SCHOOL, "teacher-malmo", "school-t1-not-done", date(4, 1), 5));
            actions.addAll(actions(Agency.SCHOOL, "teacher-malmo", "school-t3-on-time", date(10, 1), 6));
            actions.addAll(actions(Agency.SCHOOL, "teacher-malmo", "school-t3-open", date(11, 1), 5));
            // Social services: three done on time in T2, too few to show.
            actions.addAll(actions(Agency.SOCIAL_SERVICES, "coordinator-malmo", "social-t2-on-time", date(5, 20), 3));
            CaseServiceEvents.TestCase testCase = caseEvents.activeCase(MALMO_MUNICIPALITY, MEMBERS);
            String path = "/api/plans/" + testCase.id();
            ApiClient.Response read = expect(201, FirstAgreement.onceTheCaseIsActive(() ->
                    api.post(MALMO, path, plan(date(1, 2), actions, List.of()))));
            JsonNode plan = read.json();

            read = done(read, plan, OFFICER, "police-t1-on-time", 2, date(3, 2));
            read = done(read, plan, OFFICER, "police-t2-on-time", 5, date(6, 10));
            read = done(read, plan, OFFICER, "police-t2-late", 5, date(6, 15));
            read = done(read, plan, MALMO, "social-t2-on-time", 3, date(5, 20));
            done(read, plan, TEACHER, "school-t3-on-time", 6, date(9, 30));
            moveTo(date(10, 15));

            JsonNode figures = expect(200, api.get(STEERING, "/api/plans/commitments?year=" + year)).json();

            assertThat(figures.path("year").asInt()).isEqualTo(year);
            assertThat(figures.path("smallestShown").asInt()).isEqualTo(5);
            assertThat(tertial(figures, 1)).containsExactly("1 " + date(1, 1) + " " + date(4, 30),
                    "SCHOOL 5 null 5 null", "SOCIAL_SERVICES null null null null", "POLICE 8 null 6 null",
                    "LEISURE null null null null");
            assertThat(tertial(figures, 2)).containsExactly("2 " + date(5, 1) + " " + date(8, 31),
                    "SCHOOL null null null null", "SOCIAL_SERVICES null null null null", "POLICE 10 5 5 null",
                    "LEISURE null null null null");
            assertThat(tertial(figures, 3)).containsExactly("3 " + date(9, 1) + " " + date(12, 31),
                    "SCHOOL 11 6 null 5", "SOCIAL_SERVICES null null null null", "POLICE null null null null",
                    "LEISURE null null null null");
            assertThat(figures.path("escalation").toString())
                    .isEqualTo("[{\"agency\":\"POLICE\",\"lateTertials\":2,\"late\":11}]");

            // The same year read by the coordinator of the tests' other municipality has none of Malmö's actions.
            JsonNode elsewhere = expect(200, api.get(PlanRequests.COORDINATOR, "/api/plans/commitments?year=" + year))
                    .json();
            assertThat(elsewhere.path("escalation").isEmpty()).isTrue();
            assertThat(tertial(elsewhere, 1)).contains("POLICE null null null null");
        } finally {
            clock.reset();
        }
    }

    @Test
    void theFiguresAreForTheGroupsAndTheYearIsOneOfThisCentury() {
        assertThat(api.get(TEACHER, "/api/plans/commitments").status()).isEqualTo(403);
        ApiClient.Response ancient = api.get(STEERING, "/api/plans/commitments?year=1");
        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.body()).contains("year");
        JsonNode thisYear = expect(200, api.get(MALMO, "/api/plans/commitments")).json();
        assertThat(thisYear.path("year").asInt()).isEqualTo(SwedishTime.today(clock).getYear());
    }

    private static List<Map<String, Object>> actions(Agency agency, String ref, String goal, LocalDate dueOn,
                                                     int count) {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            actions.add(action("CRIMINALITY", goal + " " + n, "Samtal", ref, agency, ref, dueOn, 1));
        }
        return actions;
    }

    /** The responsible agency reports the first {@code count} actions of the goal done, on the given day. */
    private ApiClient.Response done(ApiClient.Response read, JsonNode plan, String reporter, String goal, int count,
                                    LocalDate on) {
        moveTo(on);
        for (int n = 1; n <= count; n++) {
            read = expect(200, api.put(reporter, "/api/plans/" + plan.path("caseId").asString() + "/actions/"
                    + actionId(plan, goal + " " + n) + "/status", Map.of("status", "DONE"),
                    PlanWalkTest.ifMatch(read)));
        }
        return read;
    }

    /** The tertial's period, then each agency as "agency due doneOnTime late open". */
    private static List<String> tertial(JsonNode figures, int number) {
        JsonNode tertial = figures.path("tertials").get(number - 1);
        List<String> rows = new ArrayList<>();
        rows.add(tertial.path("tertial").asInt() + " " + tertial.path("from").asString() + " "
                + tertial.path("to").asString());
        tertial.path("agencies").forEach(agency -> rows.add(agency.path("agency").asString() + " "
                + agency.path("due").asString("null") + " " + agency.path("doneOnTime").asString("null") + " "
                + agency.path("late").asString("null") + " " + agency.path("open").asString("null")));
        return rows;
    }

    private LocalDate date(int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private void moveTo(LocalDate day) {
        clock.moveTo(day.atTime(12, 0).atZone(SwedishTime.ZONE).toInstant());
    }
}
