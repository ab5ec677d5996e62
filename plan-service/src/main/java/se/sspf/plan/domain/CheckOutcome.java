package se.sspf.plan.domain;

/** What a follow-up found for one action. */
public enum CheckOutcome {
    DONE,
    NOT_DONE,
    /** Changed by the meeting: the revision says how. */
    CHANGED
}
