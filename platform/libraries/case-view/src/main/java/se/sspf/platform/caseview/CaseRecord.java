package se.sspf.platform.caseview;

import java.util.List;
import java.util.UUID;

import se.sspf.contracts.Agency;

/** What plan-service knows of a case: where it stands and who takes part. */
public record CaseRecord(UUID caseId, String municipality, String caseCode, String youthRef, Status status,
                         List<CaseMember> members) {

    public enum Status {
        PROPOSED,
        /** Offered by social services; identified work waits for the consent. */
        AWAITING_CONSENT,
        /** Social services decided not to offer SSPF. */
        DECLINED,
        ACTIVE,
        CLOSED
    }

    public boolean isMember(String ref) {
        return members.stream().anyMatch(member -> member.ref().equals(ref));
    }

    public boolean isCoordinator(String ref) {
        return members.stream().anyMatch(member -> member.ref().equals(ref) && member.coordinator());
    }

    public boolean isMemberOf(String ref, Agency agency) {
        return members.stream().anyMatch(member -> member.ref().equals(ref) && member.agency() == agency);
    }
}
