package se.sspf.contracts.refusal;

/**
 * A step the record's current state does not allow (closing a declined case, revoking a revoked consent);
 * nothing changed. Every service answers it with a 409 problem of the {@link #problemType()} its domain names.
 */
public class IllegalStep extends RuntimeException {

    private final String problemType;

    protected IllegalStep(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
