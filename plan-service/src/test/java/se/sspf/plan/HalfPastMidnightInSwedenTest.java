package se.sspf.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.plan.PlanRequests.COORDINATOR;
import static se.sspf.plan.PlanRequests.MEMBERS;
import static se.sspf.plan.PlanRequests.MUNICIPALITY;
import static se.sspf.plan.PlanRequests.action;
import static se.sspf.plan.PlanRequests.appointment;
import static se.sspf.plan.PlanRequests.plan;
import static se.sspf.plan.PlanWalkTest.actionOf;
import static se.sspf.plan.PlanWalkTest.expect;
import static se.sspf.plan.PlanWalkTest.ifMatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import se.sspf.contracts.Agency;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * plan-service's clock at 00:30 in Sweden, when the date in UTC is still yesterday's: what is overdue and how far
 * a follow-up may be moved are judged on the Swedish day. (consent-service runs on the system clock: the same
 * Swedish day.)
 */
class HalfPastMidnightInSwedenTest extends WithTheOtherServices {

    @TestConfiguration
    static class MovableTime {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anActionDueYesterdayInSwedenIsOverdueAndTheFollowUpMovesToTheSwedishTodayAtTheEarliest() {
        clock.moveTo(TestClock.halfPastMidnightInSweden());
        LocalDate today = SwedishTime.today(clock);
        CaseServiceEvents.TestCase testCase = caseEvents.activeCase(MUNICIPALITY, MEMBERS);
        consentService.register(COORDINATOR, testCase.id(), testCase.youthRef(), today.plusMonths(6));
        String path = "/api/plans/" + testCase.id();

        ApiClient.Response agreed = expect(201, agreeOnceTheCaseIsActive(path, plan(today.minusDays(5), List.of(
                schoolAction("due yesterday", today.minusDays(1)), schoolAction("due today", today)), List.of())));

        JsonNode view = agreed.json();
        assertThat(actionOf(view, "due yesterday").path("overdue").asBoolean()).as("yesterday in Sweden, today in UTC")
                .isTrue();
        assertThat(actionOf(view, "due today").path("overdue").asBoolean()).isFalse();
        assertThat(view.path("overdueActions").asInt()).isEqualTo(1);

        ApiClient.Response toYesterday = api.put(COORDINATOR, path + "/follow-up",
                appointment(today.minusDays(1), "14:00", "Skolan"), ifMatch(agreed));
        assertThat(toYesterday.status()).as("yesterday in Sweden, today in UTC").isEqualTo(400);
        assertThat(toYesterday.text("rule")).isEqualTo("next-follow-up-ahead");
        expect(200, api.put(COORDINATOR, path + "/follow-up", appointment(today, "14:00", "Skolan"),
                ifMatch(agreed)));
    }

    private static Map<String, Object> schoolAction(String goal, LocalDate dueOn) {
        return action("SCHOOL_OCCUPATION", goal, "Mentorn följer upp", "Anna Berg", Agency.SCHOOL, "teacher-anna",
                dueOn, 1);
    }
}
