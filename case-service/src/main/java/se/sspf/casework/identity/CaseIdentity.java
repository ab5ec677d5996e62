package se.sspf.casework.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.CaseRuleViolation;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.domain.YouthIdentity;
import se.sspf.casework.lifecycle.CaseLifecycle;
import se.sspf.casework.store.CaseStore;
import se.sspf.casework.store.StoredCase;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.Role;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.consent.ShareVerdict;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.GateDecision;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * AttachIdentity and ReadIdentity. The identity is attached once a consent exists (re-identifying
 * a de-identified case, recorded in the audit chain) and stored encrypted. The agency that attached
 * it reads it as its own record; another agency only while the consent gate permits (category
 * OTHER, the identity itself), and otherwise it does not exist for them.
 */
@Service
public class CaseIdentity {

    private final CaseStore store;
    private final CaseLifecycle lifecycle;
    private final IdentityVault vault;
    private final ConsentGate gate;
    private final CaseAudit audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AgeRange ageRange;
    private final Clock clock;

    CaseIdentity(CaseStore store, CaseLifecycle lifecycle, IdentityVault vault, ConsentGate gate, CaseAudit audit, JdbcClient jdbc,
                 TransactionTemplate transaction, AgeRange ageRange, Optional<Clock> clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.vault = vault;
        this.gate = gate;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ageRange = ageRange;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void attach(Caller caller, UUID caseId, YouthIdentity identity) {
        transaction.executeWithoutResult(status -> {
            SspfCase identified = lifecycle.identified(caller, caseId).sspfCase();
            checkAge(identified.municipality(), identity);
            IdentityVault.Sealed sealed = vault.seal(caseId, identity);
            // Only the agency that attached the identity may correct it; nobody takes another agency's record over.
            int written = jdbc.sql("""
                            insert into youth_identity (case_id, key_id, nonce, ciphertext, attached_at, attached_by, attached_agency)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (case_id) do update set key_id = excluded.key_id, nonce = excluded.nonce,
                                ciphertext = excluded.ciphertext, attached_at = excluded.attached_at, attached_by = excluded.attached_by
                            where youth_identity.attached_agency = excluded.attached_agency""")
                    .params(caseId, sealed.keyId(), sealed.nonce(), sealed.ciphertext(), Timestamp.from(clock.instant()),
                            caller.subject(), caller.agency().name())
                    .update();
            if (written == 0) {
                throw ApiProblem.conflict("identity-attached", "another agency attached the youth's identity; it corrects it");
            }
            audit.record(caller, AuditAction.CREATE, identified, "/identity", "re-identifying the case once consent exists",
                    LegalBasis.OWN_AGENCY_RECORD, null, null);
        });
    }

    public YouthIdentity read(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, store.find(caseId)).sspfCase();
            StoredIdentity stored = stored(caseId);
            disclose(caller, sspfCase, stored, caller.agency(), "reading the youth's identity");
            return vault.open(caseId, stored.sealed());
        });
    }

    /**
     * The youth's name for a notification to the people of an agency, asked by an SSPF service. A
     * notification leaves the agencies' record systems (an e-mail, an agency's webhook), so the name
     * travels in one only while a valid consent covers the recipient's agency and "other" (the
     * identity) — for the agency that recorded the identity too, whose own reading needs no consent.
     */
    public String nameFor(Caller service, UUID caseId, Agency recipient) {
        if (!service.hasRole(Role.SERVICE) || service.agency() != null) {
            throw ApiProblem.forbidden("names for notifications are given to SSPF services only");
        }
        return transaction.execute(status -> {
            SspfCase sspfCase = store.find(caseId).map(StoredCase::sspfCase)
                    .filter(candidate -> candidate.municipality().equals(service.municipality()))
                    .orElseThrow(() -> ApiProblem.notFound("the case"));
            StoredIdentity stored = stored(caseId);
            List<Agency> readers = recipient != stored.agency() ? List.of(recipient)
                    // Its own record: a valid consent covering the agency and "other", with any partner, will do.
                    : Arrays.stream(Agency.values()).filter(partner -> partner != recipient).toList();
            GateDecision decision = readers.stream()
                    .map(reader -> gate.check(sspfCase.municipality(), sspfCase.youthRef(), stored.agency(), reader, InformationCategory.OTHER))
                    .filter(candidate -> candidate.verdict() == ShareVerdict.PERMIT_CONSENT)
                    .findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("the identity"));
            // The audit entry names the agency the name is disclosed to, and the service that asked.
            audit.record(new Caller(service.subject(), service.municipality(), recipient, service.roles()), AuditAction.READ, sspfCase,
                    "/identity", "naming the youth in a notification to the agency's people", LegalBasis.CONSENT, decision.consentId(),
                    decision.consentVersion());
            return vault.open(caseId, stored.sealed()).name();
        });
    }

    private StoredIdentity stored(UUID caseId) {
        return jdbc.sql("select key_id, nonce, ciphertext, attached_agency from youth_identity where case_id = ?")
                .param(caseId)
                .query((row, n) -> new StoredIdentity(new IdentityVault.Sealed(row.getString("key_id"), row.getBytes("nonce"),
                        row.getBytes("ciphertext")), Agency.valueOf(row.getString("attached_agency"))))
                .optional()
                .orElseThrow(() -> ApiProblem.notFound("the identity"));
    }

    /** The attaching agency sees its own record; another only while the gate permits "other" (the identity itself). */
    private void disclose(Caller caller, SspfCase sspfCase, StoredIdentity stored, Agency reader, String purpose) {
        if (stored.agency() == reader) {
            audit.record(caller, AuditAction.READ, sspfCase, "/identity", purpose, LegalBasis.OWN_AGENCY_RECORD, null, null);
            return;
        }
        GateDecision decision = gate.check(sspfCase.municipality(), sspfCase.youthRef(), stored.agency(), reader, InformationCategory.OTHER);
        if (!decision.permitted()) {
            throw ApiProblem.notFound("the identity");
        }
        audit.record(caller, AuditAction.READ, sspfCase, "/identity", purpose, LegalBasis.CONSENT, decision.consentId(),
                decision.consentVersion());
    }

    private void checkAge(String municipality, YouthIdentity identity) {
        int age = Period.between(identity.number().birthDate(), LocalDate.now(clock)).getYears();
        AgeRange.Range range = ageRange.of(municipality);
        if (age < range.min() || age > range.max()) {
            throw new CaseRuleViolation("age-within-range", "personalIdentityNumber",
                    "SSPF in this municipality is for youths aged " + range.min() + " to " + range.max());
        }
    }

    private record StoredIdentity(IdentityVault.Sealed sealed, Agency agency) {
    }
}
