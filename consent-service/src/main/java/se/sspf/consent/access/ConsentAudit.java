package se.sspf.consent.access;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.consent.domain.Consent;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.platform.audit.AuditEntry;
import se.sspf.platform.audit.AuditTrail;
import se.sspf.platform.security.Caller;

/** Records each read or change of a consent, and each permitted share, in the audit chain. */
@Component
@RequiredArgsConstructor
public class ConsentAudit {

    private final AuditTrail trail;

    public void record(Caller caller, AuditAction action, Consent consent, String purpose) {
        trail.record(new AuditEntry(consent.youthRef(), caller.subject(), caller.agency(), caller.municipality(),
                action, "consent/" + consent.id(), purpose, LegalBasis.CONSENT, consent.id(), consent.version()));
    }
}
