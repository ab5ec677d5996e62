package se.sspf.plan.domain;

import java.util.List;

import se.sspf.contracts.plan.PlanEvent;

/**
 * A plan after a step, what the step added to its history (a new version, a follow-up; either may
 * be null) and the events that announce it.
 */
public record PlanChange(ActionPlan plan, PlanVersion newVersion, FollowUp followUp, List<PlanEvent> events) {
}
