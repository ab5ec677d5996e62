package se.sspf.casework.domain;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;

/**
 * Somebody taking part in the case: a user of an agency (by opaque user id) or a person the family
 * invited (by pseudonymous reference, no agency).
 */
public record Participant(String ref, @Nullable Agency agency, ParticipantRole role) {

    public Participant {
        if (role == ParticipantRole.INVITED && (agency != null || ref == null || !ref.startsWith("P-"))) {
            throw new CaseRuleViolation("invited-person-by-reference", "ref",
                    "a person the family invited is named by a P- reference and belongs to no agency");
        }
        if (role != ParticipantRole.INVITED && agency == null) {
            throw new CaseRuleViolation("participant-of-an-agency", "agency",
                    "a coordinator, navigator or staff member belongs to an agency");
        }
    }

    public boolean dutyOfConfidentiality() {
        return role != ParticipantRole.INVITED;
    }
}
