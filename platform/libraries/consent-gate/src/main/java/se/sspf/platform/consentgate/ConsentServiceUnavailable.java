package se.sspf.platform.consentgate;

import se.sspf.contracts.refusal.RetryableFault;

/** consent-service did not answer, or not as asked: for the gate a deny, for a change a retryable failure. */
public final class ConsentServiceUnavailable extends RetryableFault {

    public ConsentServiceUnavailable(String message) {
        super(message);
    }
}
