package se.sspf.contracts;

/** What a user does in the collaboration; the {@code roles} claim of a token lists them. */
public enum Role {
    COORDINATOR,
    STAFF,
    STEERING,
    ADMIN,
    AUDITOR,
    /**
     * Another SSPF service acting for the platform (client credentials), never a person. It has no
     * agency; an endpoint that serves services says so and checks this role.
     */
    SERVICE
}
