package se.sspf.casework.domain;

import se.sspf.contracts.Agency;

/**
 * Somebody taking part in the case: a user of an agency (by opaque user id) or a person the family
 * invited (by pseudonymous reference, no agency).
 */
public record Participant(String ref, Agency agency, ParticipantRole role) {

    public boolean dutyOfConfidentiality() {
        return role != ParticipantRole.INVITED;
    }
}
