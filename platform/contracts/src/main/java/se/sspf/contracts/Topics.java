package se.sspf.contracts;

/**
 * Kafka topic names, written out in full so that a rename is a visible change of contract.
 * A change of shape is a new {@code .vN} topic, never an edit of an existing one.
 */
public final class Topics {

    /** Every read or change of a youth's personal data, pseudonymous; keyed by youth reference. */
    public static final String AUDIT_RECORDED = "sspf.audit.recorded.v1";

    private Topics() {
    }
}
