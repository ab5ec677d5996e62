package se.sspf.e2e;

/** The consent situations the sweep reads a case in, each on a case of its own. */
enum Situation {
    NO_CONSENT_YET,
    CONSENT_NOT_COVERING,
    CONSENT_COVERING,
    CONSENT_REVOKED,
    CONSENT_EXPIRED,
    CASE_CLOSED,
    CONSENT_REGISTERED_ON_ANOTHER_CASE
}
