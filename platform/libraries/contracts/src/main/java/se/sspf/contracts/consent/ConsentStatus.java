package se.sspf.contracts.consent;

/** Where a consent stands. Expiry is not a status: it is judged by the clock against {@code expiresAt}. */
public enum ConsentStatus {
    ACTIVE,
    /** Withdrawn by the youth or a guardian through the handler. */
    REVOKED,
    /** Ended because the case closed. */
    TORN_UP
}
