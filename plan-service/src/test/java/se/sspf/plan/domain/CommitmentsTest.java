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

class CommitmentsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void lateInTwoTertialsIsRepeatedlyLateOnlyWhereTheLateAreAQuarterOfTheDue() {
        Plan police = new Plan();
        Plan school = new Plan();
        // Police: 5 late of 20 due in T1 and 5 of 20 in T2, a quarter each time.
        police.add(Agency.POLICE, LocalDate.of(2026, 2, 1), ActionStatus.PLANNED, LONG_AGO, 5);
        police.add(Agency.POLICE, LocalDate.of(2026, 2, 1), ActionStatus.DONE, LONG_AGO, 15);
        police.add(Agency.POLICE, LocalDate.of(2026, 6, 1), ActionStatus.NOT_DONE, LONG_AGO, 5);
        police.add(Agency.POLICE, LocalDate.of(2026, 6, 1), ActionStatus.DONE, LONG_AGO, 15);
        // School: 5 late of 21 due in T1 and in T2: less than a quarter.
        school.add(Agency.SCHOOL, LocalDate.of(2026, 2, 1), ActionStatus.PLANNED, LONG_AGO, 5);
        school.add(Agency.SCHOOL, LocalDate.of(2026, 2, 1), ActionStatus.DONE, LONG_AGO, 16);
        school.add(Agency.SCHOOL, LocalDate.of(2026, 6, 1), ActionStatus.PLANNED, LONG_AGO, 5);
        school.add(Agency.SCHOOL, LocalDate.of(2026, 6, 1), ActionStatus.DONE, LONG_AGO, 16);

        Commitments commitments = Commitments.of(2026, List.of(police.build(false), school.build(false)), TODAY);

        assertThat(commitments.escalation()).containsExactly(new Commitments.Escalation(Agency.POLICE, 2, 10L));
        assertThat(commitments.tertials().get(0).agencies().get(Agency.SCHOOL.ordinal()))
                .isEqualTo(new Commitments.AgencyCounts(Agency.SCHOOL, 21L, 16L, 5L, null));
    }

    @Test
    void aClosedPlansUndoneActionsAreLateWhenTheirDateHasPassedAndNeverOpen() {
        Plan plan = new Plan();
        plan.add(Agency.LEISURE, LocalDate.of(2026, 11, 2), ActionStatus.IN_PROGRESS, LONG_AGO, 5);
        plan.add(Agency.LEISURE, LocalDate.of(2026, 12, 20), ActionStatus.PLANNED, LONG_AGO, 5);
        plan.add(Agency.LEISURE, LocalDate.of(2026, 12, 20), ActionStatus.DONE, Instant.parse("2026-11-20T10:00:00Z"),
                5);

        Commitments.AgencyCounts closed = Commitments.of(2026, List.of(plan.build(true)), TODAY).tertials().get(2)
                .agencies().get(Agency.LEISURE.ordinal());
        Commitments.AgencyCounts open = Commitments.of(2026, List.of(plan.build(false)), TODAY).tertials().get(2)
                .agencies().get(Agency.LEISURE.ordinal());

        assertThat(closed).isEqualTo(new Commitments.AgencyCounts(Agency.LEISURE, 10L, 5L, 5L, null));
        assertThat(open).isEqualTo(new Commitments.AgencyCounts(Agency.LEISURE, 15L, 5L, 5L, 5L));
    }

    @Test
    void theTertialsAreJanuaryToAprilMayToAugustAndSeptemberToDecember() {
        assertThat(Commitments.tertialOf(LocalDate.of(2026, 4, 30))).isEqualTo(1);
        assertThat(Commitments.tertialOf(LocalDate.of(2026, 5, 1))).isEqualTo(2);
        assertThat(Commitments.tertialOf(LocalDate.of(2026, 8, 31))).isEqualTo(2);
        assertThat(Commitments.tertialOf(LocalDate.of(2026, 9, 1))).isEqualTo(3);
        Commitments none = Commitments.of(2026, List.of(), TODAY);
        assertThat(none.tertials()).extracting(Commitments.Tertial::to)
                .containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 31));
        assertThat(none.tertials().get(0).agencies()).extracting(Commitments.AgencyCounts::agency)
                .containsExactly(Agency.values());
        assertThat(none.escalation()).isEmpty();
    }

    /** The actions of one plan, each with where it stands. */
    private static final class Plan {

        private final List<PlanAction> actions = new ArrayList<>();
        private final Map<UUID, ActionState> states = new HashMap<>();

        void add(Agency agency, LocalDate due, ActionStatus status, Instant changedAt, int count) {
            for (int n = 0; n < count; n++) {
                PlanAction action = new PlanAction(UUID.randomUUID(), InformationCategory.OTHER, "goal", "actions",
                        new Responsible("Anna Berg", agency, null), due, 1, "journal");
                actions.add(action);
                states.put(action.id(), new ActionState(status, null, "someone", agency, changedAt));
            }
        }

        ActionPlan build(boolean closed) {
            PlanVersion version = new PlanVersion(1, LocalDate.of(2026, 1, 1), List.of("Mamma"), "goal", actions,
                    List.of(), new FollowUpAppointment(TODAY.plusDays(20), LocalTime.of(14, 0), "Skolan"),
                    "Samordnaren", "soc", LONG_AGO);
            return new ActionPlan(UUID.randomUUID(), "2380", "Y-ABCDEFGHIJ", Agency.SOCIAL_SERVICES, closed, version,
                    null, states);
        }
    }
}
