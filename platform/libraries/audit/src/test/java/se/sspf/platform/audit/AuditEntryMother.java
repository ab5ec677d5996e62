package se.sspf.platform.audit;

import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;

final class AuditEntryMother {

    private AuditEntryMother() {
    }

    static String newYouthRef() {
        return "Y-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static AuditEntry policeReadUnderConsent(String youthRef) {
        return new AuditEntry(youthRef, "officer-17", Agency.POLICE, "2380", AuditAction.READ,
                "case/" + UUID.randomUUID() + "/journal", "preparing the follow-up meeting", LegalBasis.CONSENT,
                UUID.randomUUID(), 3);
    }

    static AuditEntry schoolWritesOwnNote(String youthRef) {
        return new AuditEntry(youthRef, "teacher-4", Agency.SCHOOL, "2380", AuditAction.CREATE,
                "case/" + UUID.randomUUID() + "/journal", "absence noted", LegalBasis.OWN_AGENCY_RECORD, null, null);
    }
}
