package se.sspf.platform.consentgate;

/** consent-service did not answer, or not as asked: for the gate a deny, for a change a retryable failure. */
public final class ConsentServiceUnavailable extends RuntimeException {

    public ConsentServiceUnavailable(String message) {
        super(message);
    }
}
