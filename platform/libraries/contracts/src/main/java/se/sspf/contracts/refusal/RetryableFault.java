package se.sspf.contracts.refusal;

/**
 * A part the step needs did not answer or kept changing, and nothing was changed: the caller may send the same
 * request again. Every service answers it with a 503 problem and Retry-After; the message, which may name the
 * part's own error, stays in the log.
 */
public class RetryableFault extends RuntimeException {

    protected RetryableFault(String message) {
        super(message);
    }
}
