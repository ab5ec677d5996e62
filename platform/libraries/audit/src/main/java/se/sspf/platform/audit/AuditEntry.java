package se.sspf.platform.audit;

import java.util.Objects;
import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;

/**
 * One read or change of a youth's personal data: who, which agency, what, why and on what basis.
 * Pseudonymous by construction: the youth is a reference and the actor an opaque user id.
 */
public record AuditEntry(
        String youthRef,
        String actor,
        Agency agency,
        String municipality,
        AuditAction action,
        String resource,
        String purpose,
        LegalBasis legalBasis,
        UUID consentId,
        Integer consentVersion) {

    public AuditEntry {
        Objects.requireNonNull(youthRef, "youthRef");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (legalBasis == LegalBasis.CONSENT && (consentId == null || consentVersion == null)) {
            throw new IllegalArgumentException("an access under consent names the consent and its version");
        }
        if (legalBasis != LegalBasis.CONSENT && (consentId != null || consentVersion != null)) {
            throw new IllegalArgumentException("only an access under consent names a consent");
        }
    }
}
