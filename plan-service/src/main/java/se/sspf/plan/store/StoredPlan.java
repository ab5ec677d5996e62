package se.sspf.plan.store;

import se.sspf.plan.domain.ActionPlan;

/** A plan as stored, with the row version an update must still find. */
public record StoredPlan(ActionPlan plan, long rowVersion) {
}
