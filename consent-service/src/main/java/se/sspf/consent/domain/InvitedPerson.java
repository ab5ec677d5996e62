package se.sspf.consent.domain;

/**
 * Somebody outside the agencies whom the family invited (a relative, a sports coach, the employment
 * service). Such a person has no professional duty of confidentiality, and the record says so.
 *
 * @param ref  pseudonymous reference; the person's identity is kept in case-service
 * @param role what they are to the youth, e.g. "football coach"
 */
public record InvitedPerson(String ref, String role) {

    public boolean dutyOfConfidentiality() {
        return false;
    }
}
