package se.sspf.casework.access;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.casework.domain.SspfCase;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.platform.audit.AuditEntry;
import se.sspf.platform.audit.AuditTrail;
import se.sspf.platform.security.Caller;

/** Records each read or change of a case's data in the audit chain, with the basis it relied on. */
@Component
@RequiredArgsConstructor
public class CaseAudit {

    private final AuditTrail trail;

    public void asParticipant(Caller caller, AuditAction action, SspfCase sspfCase, String resource, String purpose) {
        record(caller, action, sspfCase, resource, purpose, LegalBasis.CASE_PARTICIPATION);
    }

    /**
     * A read or change on a basis other than a consent (the case, the agency's own record, a report of concern):
     * what the gate discloses under a consent it audits itself, naming the consent.
     */
    public void record(Caller caller, AuditAction action, SspfCase sspfCase, String resource, String purpose,
                       LegalBasis basis) {
        trail.record(AuditEntry.withoutConsent(sspfCase.youthRef(), caller.subject(), caller.agency(),
                caller.municipality(), action, "case/" + sspfCase.id() + resource, purpose, basis));
    }
}
