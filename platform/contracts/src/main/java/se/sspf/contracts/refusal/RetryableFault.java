package se.sspf.contracts.refusal;

/**
 * A part the step needs did not answer or kept changing, and nothing was changed: the caller may send the same
 * request again. Every service answers it with a 503 problem and Retry-After; the message stays in the log,
 * the caller reads {@link #forTheCaller()}.
 */
public class RetryableFault extends RuntimeException {

    private final String forTheCaller;

    protected RetryableFault(String message, String forTheCaller) {
        super(message);
        this.forTheCaller = forTheCaller;
    }

    public String forTheCaller() {
        return forTheCaller;
    }
}
