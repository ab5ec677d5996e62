package se.sspf.contracts;

/** What a user does in the collaboration; the {@code roles} claim of a token lists them. */
public enum Role {
    COORDINATOR,
    STAFF,
    STEERING,
    ADMIN,
    AUDITOR,
    /**
     * A system acting by client credentials, never a person: another SSPF service acting for the platform
     * (no agency; an endpoint that serves services says so and checks this role and that there is no
     * agency), or an agency's own system (with its agency), which services let in only where it receives
     * its agency's notifications.
     */
    SERVICE
}
