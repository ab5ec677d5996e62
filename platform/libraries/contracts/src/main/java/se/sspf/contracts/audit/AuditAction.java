package se.sspf.contracts.audit;

/** What was done to a youth's personal data. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE
}
