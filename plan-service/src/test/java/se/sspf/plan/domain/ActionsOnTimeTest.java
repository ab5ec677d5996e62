package se.sspf.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

class ActionsOnTimeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void countsTheActionsDueOrDoneAndThoseDoneByTheirDueDateInSwedishDays() {
        List<PlanAction> actions = new ArrayList<>();
        Map<UUID, ActionState> states = new HashMap<>();
        // Five done on time (one at 23:30 Swedish time on its due day), one done late, one open and overdue, one open
        // and not yet due.
        for (int i = 0; i < 4; i++) {
            add(actions, states, TODAY.minusDays(10), ActionStatus.DONE, Instant.parse("2026-11-15T10:00:00Z"));
        }
        add(actions, states, LocalDate.of(2026, 11, 20), ActionStatus.DONE, Instant.parse("2026-11-20T22:30:00Z"));
        add(actions, states, TODAY.minusDays(10), ActionStatus.DONE, Instant.parse("2026-11-28T10:00:00Z"));
        add(actions, states, TODAY.minusDays(1), ActionStatus.PLANNED, Instant.parse("2026-11-01T10:00:00Z"));
        add(actions, states, TODAY, ActionStatus.IN_PROGRESS, Instant.parse("2026-11-01T10:00:00Z"));

        ActionsOnTime figures = ActionsOnTime.of(List.of(plan(actions, states)), TODAY);

        assertThat(figures.due()).isEqualTo(7);
        assertThat(figures.doneOnTime()).isEqualTo(5);
    }

    @Test
    void anActionDoneAtHalfPastMidnightInSwedenAfterItsDueDayIsLateThoughItIsStillThatDayInUtc() {
        List<PlanAction> actions = new ArrayList<>();
        Map<UUID, ActionState> states = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            add(actions, states, TODAY.minusDays(10), ActionStatus.DONE, Instant.parse("2026-11-15T10:00:00Z"));
        }
        // Due on 20 November, done at 23:30 UTC that day: 00:30 on 21 November in Sweden.
        add(actions, states, LocalDate.of(2026, 11, 20), ActionStatus.DONE, Instant.parse("2026-11-20T23:30:00Z"));

        ActionsOnTime figures = ActionsOnTime.of(List.of(plan(actions, states)), TODAY);

        assertThat(figures.due()).isEqualTo(6);
        assertThat(figures.doneOnTime()).isEqualTo(5);
    }

    @Test
    void countsBelowFiveAreSuppressed() {
        List<PlanAction> actions = new ArrayList<>();
        Map<UUID, ActionState> states = new HashMap<>();
        add(actions, states, TODAY.minusDays(3), ActionStatus.DONE, Instant.parse("2026-11-20T10:00:00Z"));

        ActionsOnTime figures = ActionsOnTime.of(List.of(plan(actions, states)), TODAY);

        assertThat(figures.due()).isNull();
        assertThat(figures.doneOnTime()).isNull();
    }

    private static void add(List<PlanAction> actions, Map<UUID, ActionState> states, LocalDate due, ActionStatus status,
                            Instant changedAt) {
        PlanAction action = new PlanAction(UUID.randomUUID(), InformationCategory.SCHOOL_OCCUPATION, "goal", "actions",
                new Responsible("Anna Berg", Agency.SCHOOL, null), due, 1, "journal");
        actions.add(action);
        states.put(action.id(), new ActionState(status, null, "skola", Agency.SCHOOL, changedAt));
    }

    private static ActionPlan plan(List<PlanAction> actions, Map<UUID, ActionState> states) {
        PlanVersion version = new PlanVersion(1, TODAY.minusMonths(1), List.of("Mamma"), "goal", actions, List.of(),
                new FollowUpAppointment(TODAY.plusDays(20), LocalTime.of(14, 0), "Skolan"), "Samordnaren", "soc",
                Instant.parse("2026-11-01T10:00:00Z"));
        return new ActionPlan(UUID.randomUUID(), "2380", "Y-ABCDEFGHIJ", Agency.SOCIAL_SERVICES, false, version, null,
                states);
    }
}
