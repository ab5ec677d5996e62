package se.sspf.plan.actionplan;

/** A plan as one reader sees it, with the row version (the ETag) a change must name in If-Match. */
public record PlanRead(PlanView view, long rowVersion) {
}
