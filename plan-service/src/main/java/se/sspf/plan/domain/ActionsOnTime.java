package se.sspf.plan.domain;

import java.time.LocalDate;
import java.util.Collection;

import se.sspf.contracts.figures.SmallCounts;
import se.sspf.contracts.time.SwedishTime;

/**
 * The steering group's figure "actions done on time": of the actions of the plans in force that were
 * due by yesterday or are done, how many were done on or before their due date (the day their status
 * became done, in Sweden). Counts only, and none below five ({@link SmallCounts}).
 */
public record ActionsOnTime(Long due, Long doneOnTime, int smallestShown) {

    public static ActionsOnTime of(Collection<ActionPlan> plans, LocalDate today) {
        long due = 0;
        long doneOnTime = 0;
        for (ActionPlan plan : plans) {
            for (PlanAction action : plan.current().actions()) {
                ActionState state = plan.state(action.id());
                boolean done = state != null && state.status() == ActionStatus.DONE;
                if (!done && !action.dueOn().isBefore(today)) {
                    continue;
                }
                due++;
                if (done && !state.changedAt().atZone(SwedishTime.ZONE).toLocalDate().isAfter(action.dueOn())) {
                    doneOnTime++;
                }
            }
        }
        return new ActionsOnTime(SmallCounts.shown(due), SmallCounts.shown(doneOnTime), SmallCounts.SMALLEST_SHOWN);
    }
}
