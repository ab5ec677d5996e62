package se.sspf.contracts.consent;

/** The answer to "may this agency see that information about this youth now?", with its reason. */
public enum ShareVerdict {
    /** The reader recorded it itself: no consent is needed. */
    PERMIT_OWN_AGENCY(true),
    /** A valid consent covers both agencies and the category. */
    PERMIT_CONSENT(true),
    NO_CONSENT(false),
    NOT_YET_VALID(false),
    EXPIRED(false),
    RECONFIRMATION_REQUIRED(false),
    REVOKED(false),
    TORN_UP(false),
    AGENCY_NOT_COVERED(false),
    CATEGORY_NOT_COVERED(false),
    /** The gate could not establish the consent state (stale view, consent service unreachable). */
    UNAVAILABLE(false);

    private final boolean permits;

    ShareVerdict(boolean permits) {
        this.permits = permits;
    }

    public boolean permits() {
        return permits;
    }
}
