package se.sspf.contracts;

/** What a user does in the collaboration; the {@code roles} claim of a token lists them. */
public enum Role {
    COORDINATOR,
    STAFF,
    STEERING,
    ADMIN,
    AUDITOR
}
