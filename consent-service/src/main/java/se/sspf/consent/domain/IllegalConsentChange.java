package se.sspf.consent.domain;

import se.sspf.contracts.refusal.IllegalStep;

/** A change the consent's current state does not allow, e.g. revoking a consent that was torn up. */
public class IllegalConsentChange extends IllegalStep {

    public IllegalConsentChange(String message) {
        super("illegal-consent-change", message);
    }
}
