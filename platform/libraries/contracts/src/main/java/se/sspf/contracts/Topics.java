package se.sspf.contracts;

/**
 * Kafka topic names, written out in full so that a rename is a visible change of contract.
 * A change of shape is a new {@code .vN} topic, never an edit of an existing one.
 */
public final class Topics {

    /** Every read or change of a youth's personal data, pseudonymous; keyed by youth reference. */
    public static final String AUDIT_RECORDED = "sspf.audit.recorded.v1";

    /**
     * Compacted: the full consent state of each youth (keyed by youth reference) and a heartbeat
     * on every partition (keyed {@code heartbeat-<partition>}). What every consent gate reads.
     */
    public static final String CONSENT_STATE = "sspf.consent.state.v1";

    /** What happened to consents: given, scope changed, revoked, torn up, expired, reconfirmed. */
    public static final String CONSENT_EVENTS = "sspf.consent.events.v1";

    /** What happened to cases: proposed, decided, activated, closed, … */
    public static final String CASE_EVENTS = "sspf.case.events.v1";

    /** What happened to action plans: agreed, action assigned, due soon, overdue, follow-up scheduled and recorded. */
    public static final String PLAN_EVENTS = "sspf.plan.events.v1";

    private Topics() {
    }
}
