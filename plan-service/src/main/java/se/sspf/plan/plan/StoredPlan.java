package se.sspf.plan.plan;

import se.sspf.plan.domain.ActionPlan;

/** A plan as stored, with the row version an update must still find. */
public record StoredPlan(ActionPlan plan, long rowVersion) {
}
