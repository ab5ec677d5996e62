package se.sspf.platform.audit;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
        @Nullable UUID consentId,
        @Nullable Integer consentVersion) {

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

    /** An access on a basis other than a consent (the case, the agency's own record, a report of concern). */
    public static AuditEntry withoutConsent(String youthRef, String actor, Agency agency, String municipality,
                                            AuditAction action, String resource, String purpose,
                                            LegalBasis legalBasis) {
        return new AuditEntry(youthRef, actor, agency, municipality, action, resource, purpose, legalBasis, null, null);
    }
}
