package se.sspf.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;
import se.sspf.contracts.figures.SmallCounts;
import se.sspf.contracts.time.SwedishTime;

/**
 * Whether each agency keeps its commitments — the actions of the plans it is responsible for — per tertial of a
 * year (T1 January–April, T2 May–August, T3 September–December), for the working and steering groups (003 2.3,
 * 2.4: the steering group follows the work up each tertial and acts when an agency does not keep its
 * commitments). Counts only, and none below five ({@link SmallCounts}).
 * <p>
 * An action of the version in force of each plan counts in the tertial its due date falls in:
 * <ul>
 * <li>{@code doneOnTime}: done on or before its due date (the Swedish day its status became done, as
 * {@link ActionsOnTime} reads it);</li>
 * <li>{@code late}: done after its due date, or not done and its due date before today;</li>
 * <li>{@code open}: not done and due today or later;</li>
 * <li>{@code due}: all of them, the sum of the three.</li>
 * </ul>
 * A closed plan's actions count as they stood when it closed: a done one by its date, an undone one whose due date
 * has passed as late (as {@link ActionsOnTime} counts it: the plan ended without it being kept). An undone one of a
 * closed plan due today or later is not counted at all: nobody is to carry it out any more, so it is neither open
 * nor late.
 * <p>
 * <b>The escalation list</b>: an agency whose actions are repeatedly late — in at least two tertials its late
 * actions are at least five and at least a quarter of its due actions of that tertial — with how many such tertials
 * and the year's late count, most such tertials first, then most late. Only tertials begun by today can have late
 * actions, so the rule reads the year up to today.
 */
public record Commitments(int year, int smallestShown, List<Tertial> tertials, List<Escalation> escalation) {

    /** Late actions in a tertial that make it count towards the escalation list. */
    static final int LATE_TO_ESCALATE = 5;
    /** Tertials with many late actions that put an agency on the escalation list. */
    static final int TERTIALS_TO_ESCALATE = 2;

    public record Tertial(int tertial, LocalDate from, LocalDate to, List<AgencyCounts> agencies) {
    }

    public record AgencyCounts(Agency agency, @Nullable Long due, @Nullable Long doneOnTime, @Nullable Long late,
                               @Nullable Long open) {
    }

    public record Escalation(Agency agency, int lateTertials, @Nullable Long late) {
    }

    public static Commitments of(int year, Collection<ActionPlan> plans, LocalDate today) {
        Tally[][] tallies = new Tally[3][Agency.values().length];
        for (Tally[] tertial : tallies) {
            for (int agency = 0; agency < tertial.length; agency++) {
                tertial[agency] = new Tally();
            }
        }
        for (ActionPlan plan : plans) {
            for (PlanAction action : plan.current().actions()) {
                if (action.dueOn().getYear() == year) {
                    tallies[tertialOf(action.dueOn()) - 1][action.responsible().agency().ordinal()]
                            .count(plan, action, today);
                }
            }
        }
        List<Tertial> tertials = new ArrayList<>();
        for (int tertial = 1; tertial <= 3; tertial++) {
            List<AgencyCounts> agencies = new ArrayList<>();
            for (Agency agency : Agency.values()) {
                agencies.add(tallies[tertial - 1][agency.ordinal()].shown(agency));
            }
            LocalDate from = LocalDate.of(year, 4 * (tertial - 1) + 1, 1);
            tertials.add(new Tertial(tertial, from, from.plusMonths(4).minusDays(1), agencies));
        }
        return new Commitments(year, SmallCounts.SMALLEST_SHOWN, tertials, escalation(tallies));
    }

    static int tertialOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 4 + 1;
    }

    private static List<Escalation> escalation(Tally[][] tallies) {
        List<RepeatedlyLate> repeatedlyLate = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            int lateTertials = 0;
            long late = 0;
            for (Tally[] tertial : tallies) {
                Tally tally = tertial[agency.ordinal()];
                late += tally.late;
                if (tally.late >= LATE_TO_ESCALATE && 4 * tally.late >= tally.due) {
                    lateTertials++;
                }
            }
            if (lateTertials >= TERTIALS_TO_ESCALATE) {
                repeatedlyLate.add(new RepeatedlyLate(agency, lateTertials, late));
            }
        }
        return repeatedlyLate.stream()
                .sorted(Comparator.comparingInt(RepeatedlyLate::lateTertials)
                        .thenComparingLong(RepeatedlyLate::late).reversed())
                .map(agency -> new Escalation(agency.agency(), agency.lateTertials(), SmallCounts.shown(agency.late())))
                .toList();
    }

    /** The escalation list's rows before suppression: they are ordered by the true late count. */
    private record RepeatedlyLate(Agency agency, int lateTertials, long late) {
    }

    /** One agency's actions of one tertial. */
    private static final class Tally {

        private long due;
        private long doneOnTime;
        private long late;
        private long open;

        void count(ActionPlan plan, PlanAction action, LocalDate today) {
            ActionState state = plan.state(action.id());
            boolean done = state != null && state.status() == ActionStatus.DONE;
            boolean dueAhead = !action.dueOn().isBefore(today);
            if (!done && dueAhead && plan.closed()) {
                return;
            }
            due++;
            if (done) {
                if (state.changedAt().atZone(SwedishTime.ZONE).toLocalDate().isAfter(action.dueOn())) {
                    late++;
                } else {
                    doneOnTime++;
                }
            } else if (dueAhead) {
                open++;
            } else {
                late++;
            }
        }

        AgencyCounts shown(Agency agency) {
            return new AgencyCounts(agency, SmallCounts.shown(due), SmallCounts.shown(doneOnTime),
                    SmallCounts.shown(late), SmallCounts.shown(open));
        }
    }
}
