package se.sspf.plan.access;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.platform.audit.AuditEntry;
import se.sspf.platform.audit.AuditTrail;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.security.Caller;

/** Records each read or change of a plan in the audit chain, with the basis it relied on. */
@Component
@RequiredArgsConstructor
public class PlanAudit {

    private final AuditTrail trail;

    /** A change by a participant of the case (the coordinator, or the agency reporting on its action). */
    public void changed(Caller caller, AuditAction action, CaseRecord caseRecord, String resource, String purpose) {
        trail.record(AuditEntry.withoutConsent(caseRecord.youthRef(), caller.subject(), caller.agency(),
                caller.municipality(), action, "plan/" + caseRecord.caseId() + resource, purpose,
                LegalBasis.CASE_PARTICIPATION));
    }

    /** A read by a participant; what it disclosed of other agencies' records the gate audits with the consent. */
    public void read(Caller caller, CaseRecord caseRecord, String resource, String purpose) {
        trail.record(AuditEntry.withoutConsent(caseRecord.youthRef(), caller.subject(), caller.agency(),
                caller.municipality(), AuditAction.READ, "plan/" + caseRecord.caseId() + resource, purpose,
                LegalBasis.CASE_PARTICIPATION));
    }
}
