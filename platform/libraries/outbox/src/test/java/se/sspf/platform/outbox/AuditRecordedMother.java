package se.sspf.platform.outbox;

import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.audit.AuditRecorded;

/** Test events: an audit entry is the one event type the platform itself owns. */
final class AuditRecordedMother {

    private AuditRecordedMother() {
    }

    static String newYouthRef() {
        return "Y-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static AuditRecorded policeReadOf(String youthRef, long sequence) {
        return new AuditRecorded(sequence, sequence, youthRef, "officer-" + sequence, Agency.POLICE, "2380",
                AuditAction.READ, "case/" + UUID.randomUUID() + "/journal", "preparing the follow-up meeting",
                LegalBasis.CONSENT, UUID.randomUUID(), 1, "0".repeat(64));
    }
}
