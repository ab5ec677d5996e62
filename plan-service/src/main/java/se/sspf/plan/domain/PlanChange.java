package se.sspf.plan.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.plan.PlanEvent;

/**
 * A plan after a step, what the step added to its history (a new version, a follow-up; either may
 * be null) and the events that announce it.
 */
public record PlanChange(ActionPlan plan, @Nullable PlanVersion newVersion, @Nullable FollowUp followUp,
                         List<PlanEvent> events) {

    /** The first version agreed: no follow-up yet. */
    public static PlanChange agreed(ActionPlan plan, PlanVersion version, List<PlanEvent> events) {
        return new PlanChange(plan, version, null, events);
    }

    /** A follow-up that kept the version in force (continued or closed). */
    public static PlanChange followedUp(ActionPlan plan, FollowUp followUp, List<PlanEvent> events) {
        return new PlanChange(plan, null, followUp, events);
    }

    /** A step that adds nothing to the plan's history: a status, a moved follow-up. */
    public static PlanChange of(ActionPlan plan, List<PlanEvent> events) {
        return new PlanChange(plan, null, null, events);
    }
}
