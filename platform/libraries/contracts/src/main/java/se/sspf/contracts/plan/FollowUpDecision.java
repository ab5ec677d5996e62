package se.sspf.contracts.plan;

/** What a follow-up meeting decides about the plan (003, 3.3 and 3.5). */
public enum FollowUpDecision {
    /** The plan stands as it is until the next follow-up. */
    CONTINUE,
    /** The plan is revised: a new version. */
    REVISE,
    /** The work is done: the plan and the case close. */
    CLOSE
}
