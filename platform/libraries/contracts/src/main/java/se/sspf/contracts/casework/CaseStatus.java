package se.sspf.contracts.casework;

/** Where an SSPF case stands, from proposal to closing. */
public enum CaseStatus {
    PROPOSED,
    /** Social services decided not to offer SSPF. */
    DECLINED,
    /** Offered; identified work waits for the consent. */
    AWAITING_CONSENT,
    ACTIVE,
    FOLLOW_UP,
    CLOSED
}
