package se.sspf.consent.domain;

/** A change the consent's current state does not allow, e.g. revoking a consent that was torn up. */
public class IllegalConsentChange extends RuntimeException {

    public IllegalConsentChange(String message) {
        super(message);
    }
}
