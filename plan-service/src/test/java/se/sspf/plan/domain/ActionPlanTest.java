package se.sspf.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.plan.ActionAssigned;
import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.contracts.plan.ActionOverdue;
import se.sspf.contracts.plan.FollowUpDecision;
import se.sspf.contracts.plan.FollowUpRecorded;
import se.sspf.contracts.plan.FollowUpScheduled;
import se.sspf.contracts.plan.PlanAgreed;

class ActionPlanTest {

    private static final LocalDate AGREED = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void agreeingAnnouncesThePlanEachAssignmentAndTheFollowUp() {
        PlanChange agreed = agree(row(null, Agency.SCHOOL, AGREED.plusDays(10)),
                row(null, Agency.POLICE, AGREED.plusDays(20)));

        assertThat(agreed.events()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("PlanAgreed", "ActionAssigned", "ActionAssigned", "FollowUpScheduled");
        assertThat(((PlanAgreed) agreed.events().get(0)).followUpAt()).isEqualTo(Instant.parse("2027-01-04T13:00:00Z"));
        assertThat(agreed.plan().current().actions()).allSatisfy(action -> {
            assertThat(action.id()).isNotNull();
            assertThat(agreed.plan().state(action.id()).status()).isEqualTo(ActionStatus.PLANNED);
        });
    }

    @Test
    void aRevisionAnnouncesOnlyNewAssignmentsAndMovedDueDatesAndKeepsWhereActionsStood() {
        ActionPlan plan = agree(row(null, Agency.SCHOOL, AGREED.plusDays(10)),
                row(null, Agency.POLICE, AGREED.plusDays(20))).plan();
        UUID school = plan.current().actions().get(0).id();
        UUID police = plan.current().actions().get(1).id();
        plan = plan.changeStatus(school, Agency.SCHOOL, "teacher", ActionStatus.IN_PROGRESS, null, NOW).plan();

        PlanChange revised = plan.followUp(1, AGREED.plusDays(14),
                List.of(check(school, CheckOutcome.CHANGED), check(police, CheckOutcome.DONE)), FollowUpDecision.REVISE,
                draft(row(school, Agency.SCHOOL, AGREED.plusDays(10)), row(police, Agency.POLICE, AGREED.plusDays(40)),
                        row(null, Agency.LEISURE, AGREED.plusDays(30))), null, anybody -> true, "coordinator", NOW);

        assertThat(revised.newVersion().version()).isEqualTo(2);
        assertThat(revised.events()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("FollowUpRecorded", "PlanAgreed", "ActionAssigned", "ActionAssigned",
                "FollowUpScheduled");
        assertThat(revised.events().stream().filter(ActionAssigned.class::isInstance)
                .map(event -> ((ActionAssigned) event).responsibleAgency()))
                .containsExactly(Agency.POLICE, Agency.LEISURE);
        assertThat(revised.plan().state(school).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(revised.plan().state(police).status()).isEqualTo(ActionStatus.DONE);

        PlanChange again = revised.plan().followUp(2, AGREED.plusDays(20), revised.plan().current().actions().stream()
                        .map(action -> check(action.id(), action.id().equals(school) ? CheckOutcome.NOT_DONE
                        : CheckOutcome.DONE)).toList(),
                FollowUpDecision.REVISE, draft(row(school, Agency.SCHOOL, AGREED.plusDays(40))), null, anybody -> true,
                "coordinator", NOW);
        assertThat(again.plan().state(school).status()).as("not done, and kept: it starts again")
                .isEqualTo(ActionStatus.PLANNED);
    }

    @Test
    void aFollowUpChecksEveryActionOnceAndBringsWhatItsDecisionNeeds() {
        ActionPlan plan = agree(row(null, Agency.SCHOOL, AGREED.plusDays(10)),
                row(null, Agency.POLICE, AGREED.plusDays(20))).plan();
        UUID school = plan.current().actions().get(0).id();
        UUID police = plan.current().actions().get(1).id();
        List<ActionCheck> both = List.of(check(school, CheckOutcome.DONE), check(police, CheckOutcome.NOT_DONE));

        assertRule(() -> plan.followUp(1, AGREED, List.of(check(school, CheckOutcome.DONE)), FollowUpDecision.CLOSE,
                null, null, any -> true, "c", NOW), "every-action-checked-once");
        assertRule(() -> plan.followUp(1, AGREED,
                List.of(check(school, CheckOutcome.DONE), check(school, CheckOutcome.DONE)), FollowUpDecision.CLOSE,
                null, null, any -> true, "c", NOW), "every-action-checked-once");
        assertRule(() -> plan.followUp(1, AGREED, both, FollowUpDecision.REVISE, null, null, any -> true, "c", NOW),
                "revision-with-revise");
        assertRule(() -> plan.followUp(1, AGREED, both, FollowUpDecision.CONTINUE, null, null, any -> true, "c", NOW),
                "next-follow-up-to-continue");
        assertRule(() -> plan.followUp(1, AGREED.minusDays(1), both, FollowUpDecision.CLOSE, null, null, any -> true,
                "c", NOW), "follow-up-after-agreement");
        assertRule(() -> plan.followUp(1, AGREED.plusDays(7), both, FollowUpDecision.CONTINUE, null,
                new FollowUpAppointment(AGREED.plusDays(6), LocalTime.NOON, "Skolan"), any -> true, "c", NOW),
                "next-follow-up-ahead");
        assertRule(() -> plan.followUp(1, AGREED,
                List.of(check(school, CheckOutcome.CHANGED), check(police, CheckOutcome.DONE)), FollowUpDecision.CLOSE,
                null, null, any -> true, "c", NOW), "changed-in-a-revision");
        assertThatThrownBy(() -> plan.followUp(2, AGREED, both, FollowUpDecision.CLOSE, null, null, any -> true, "c",
                NOW))
                .isInstanceOf(IllegalPlanStep.class);

        PlanChange closed = plan.followUp(1, AGREED, both, FollowUpDecision.CLOSE, null, null, any -> true, "c", NOW);
        FollowUpRecorded recorded = (FollowUpRecorded) closed.events().get(0);
        assertThat(recorded.planFollowed()).as("an action was not done").isFalse();
        assertThat(recorded.done()).isEqualTo(1);
        assertThat(closed.plan().closed()).isTrue();
        assertThatThrownBy(() -> closed.plan().moveFollowUp(new FollowUpAppointment(AGREED, LocalTime.NOON, "Skolan"),
                AGREED))
                .isInstanceOf(IllegalPlanStep.class);
    }

    @Test
    void aRevisedRowContinuesAnActionOfThisPlanOnlyAndOnce() {
        ActionPlan plan = agree(row(null, Agency.SCHOOL, AGREED.plusDays(10))).plan();
        UUID school = plan.current().actions().get(0).id();
        List<ActionCheck> checked = List.of(check(school, CheckOutcome.CHANGED));

        assertRule(() -> plan.followUp(1, AGREED, checked, FollowUpDecision.REVISE,
                draft(row(UUID.randomUUID(), Agency.SCHOOL, AGREED)), null, any -> true, "c", NOW),
                "continues-an-action-of-the-plan");
        assertRule(() -> plan.followUp(1, AGREED, checked, FollowUpDecision.REVISE,
                draft(row(school, Agency.SCHOOL, AGREED), row(school, Agency.SCHOOL, AGREED)), null, any -> true, "c",
                NOW), "each-action-once");
    }

    @Test
    void aNamedResponsibleTakesPartAndNoActionIsDueBeforeThePlan() {
        PlanDraft named = draft(new PlanAction(null, InformationCategory.HEALTH, "g", "a",
                new Responsible("Olle", Agency.POLICE, "officer-olle"), AGREED, 1, "d"));
        assertRule(() -> ActionPlan.agree(UUID.randomUUID(), "2380", "Y-1", Agency.SOCIAL_SERVICES, named, any -> false,
                "c", NOW), "responsible-takes-part");
        assertRule(() -> agree(row(null, Agency.SCHOOL, AGREED.minusDays(1))), "due-after-agreement");
    }

    @Test
    void onlyTheResponsibleAgencyReportsOnAnAction() {
        ActionPlan plan = agree(row(null, Agency.SCHOOL, AGREED.plusDays(10))).plan();
        UUID school = plan.current().actions().get(0).id();

        assertRule(() -> plan.changeStatus(school, Agency.POLICE, "officer", ActionStatus.DONE, null, NOW),
                "responsible-agency-reports");
        assertThat(plan.changeStatus(school, Agency.SCHOOL, "teacher", ActionStatus.DONE, "klart", NOW).plan()
                .state(school).note())
                .isEqualTo("klart");
    }

    @Test
    void remindersComeDueSoonThenOverdueAndNotForFinishedActionsOrAClosedPlan() {
        ActionPlan plan = agree(row(null, Agency.SCHOOL, AGREED.plusDays(10)),
                row(null, Agency.POLICE, AGREED.plusDays(10))).plan();
        UUID police = plan.current().actions().get(1).id();
        ActionPlan policeDone = plan.changeStatus(police, Agency.POLICE, "officer", ActionStatus.DONE, null, NOW)
                .plan();

        assertThat(policeDone.remindersDue(AGREED.plusDays(6), 3)).isEmpty();
        assertThat(policeDone.remindersDue(AGREED.plusDays(7), 3)).extracting(Reminder::event)
                .hasOnlyElementsOfType(ActionDueSoon.class).hasSize(1);
        assertThat(policeDone.remindersDue(AGREED.plusDays(10), 3)).extracting(Reminder::event)
                .hasOnlyElementsOfType(ActionDueSoon.class);
        assertThat(policeDone.remindersDue(AGREED.plusDays(11), 3)).extracting(Reminder::event)
                .hasOnlyElementsOfType(ActionOverdue.class).hasSize(1);
        assertThat(policeDone.closedWithCase().remindersDue(AGREED.plusDays(11), 3)).isEmpty();
    }

    @Test
    void movingTheFollowUpAnnouncesTheNewTime() {
        ActionPlan plan = agree(row(null, Agency.SCHOOL, AGREED.plusDays(10))).plan();
        PlanChange moved = plan.moveFollowUp(new FollowUpAppointment(AGREED.plusDays(7), LocalTime.of(8, 30), "Skolan"),
                AGREED);

        assertThat(moved.events()).containsExactly(new FollowUpScheduled(plan.caseId(), "2380",
                Instant.parse("2026-11-30T07:30:00Z")));
        assertRule(() -> plan.moveFollowUp(new FollowUpAppointment(AGREED.minusDays(1), LocalTime.NOON, "Skolan"),
                AGREED), "next-follow-up-ahead");
    }

    private static PlanChange agree(PlanAction... rows) {
        return ActionPlan.agree(UUID.randomUUID(), "2380", "Y-1", Agency.SOCIAL_SERVICES, draft(rows), any -> true,
                "coordinator", NOW);
    }

    private static PlanDraft draft(PlanAction... rows) {
        return new PlanDraft(AGREED, List.of("Mamma", "Kim"), "Kim slutar begå brott", List.of(rows),
                List.of(new YouthCommitment(InformationCategory.SCHOOL_OCCUPATION, "Jag går till skolan")),
                new FollowUpAppointment(AGREED.plusWeeks(6), LocalTime.of(14, 0), "Fritidsgården"), "Samordnaren");
    }

    private static PlanAction row(UUID id, Agency agency, LocalDate dueOn) {
        return new PlanAction(id, InformationCategory.SCHOOL_OCCUPATION, "mål", "gör",
                new Responsible("person", agency, null), dueOn, 1, "journal");
    }

    private static ActionCheck check(UUID action, CheckOutcome outcome) {
        return new ActionCheck(action, outcome, null);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String rule) {
        assertThatThrownBy(step).isInstanceOfSatisfying(PlanRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }
}
