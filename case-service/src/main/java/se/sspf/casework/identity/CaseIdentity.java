package se.sspf.casework.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.CaseRuleViolation;
import se.sspf.casework.domain.SealedIdentity;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.domain.YouthIdentity;
import se.sspf.casework.lifecycle.CaseLifecycle;
import se.sspf.casework.store.CaseStore;
import se.sspf.casework.store.IdentityStore;
import se.sspf.casework.store.StoredCase;
import se.sspf.contracts.Agency;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.Role;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.consentgate.ConsentServiceClient;
import se.sspf.platform.consentgate.GatedReads;
import se.sspf.platform.consentgate.Owned;
import se.sspf.platform.consentgate.Reading;
import se.sspf.platform.consentrules.AgeRanges;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * AttachIdentity and ReadIdentity. The identity is attached once a consent exists (re-identifying a
 * de-identified case, recorded in the audit chain) and stored encrypted. It is the record of the agency
 * that attached it (category OTHER, the identity itself): that agency reads it as its own, another agency
 * only through the gate, and otherwise it does not exist for them.
 */
@Service
@RequiredArgsConstructor
public class CaseIdentity {

    private final CaseStore cases;
    private final IdentityStore identities;
    private final CaseLifecycle lifecycle;
    private final IdentityVault vault;
    private final GatedReads gatedReads;
    private final ConsentServiceClient consentService;
    private final CaseAudit audit;
    private final TransactionTemplate transaction;
    private final AgeRanges ageRanges;
    private final Clock clock;

    public void attach(Caller caller, UUID caseId, YouthIdentity identity) {
        SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.find(caseId)).sspfCase();
        // Only the agency that attached the identity corrects it; nobody takes another agency's record over.
        if (identities.find(caseId).filter(attached -> !attached.owners().contains(caller.agency())).isPresent()) {
            throw ApiProblem.conflict("identity-attached",
                    "another agency attached the youth's identity; it corrects it");
        }
        checkAge(sspfCase.municipality(), identity);
        checkAgreesWithTheConsent(caseId, identity);
        transaction.executeWithoutResult(status -> {
            SspfCase identified = lifecycle.identified(caller, caseId).sspfCase();
            SealedIdentity sealed = vault.seal(caseId, identity);
            if (!identities.attach(caseId, sealed, caller.agency(), caller.subject(), clock.instant())) {
                throw ApiProblem.conflict("identity-attached",
                        "another agency attached the youth's identity; it corrects it");
            }
            audit.record(caller, AuditAction.CREATE, identified, "/identity",
                    "re-identifying the case once consent exists", LegalBasis.OWN_AGENCY_RECORD);
        });
    }

    public YouthIdentity read(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.find(caseId)).sspfCase();
            String purpose = "reading the youth's identity";
            SealedIdentity sealed = gatedReads.openIfAny(CaseAccess.reading(caller, sspfCase, "/identity", purpose),
                    identities.find(caseId)).orElseThrow(() -> ApiProblem.notFound("the identity"));
            audit.asParticipant(caller, AuditAction.READ, sspfCase, "/identity", purpose);
            return vault.open(caseId, sealed);
        });
    }

    /**
     * The youth's name for a notification to the people of an agency, asked by an SSPF service. A
     * notification leaves the agencies' record systems (an e-mail, an agency's webhook), so the name
     * travels in one only while a valid consent covers the recipient's agency and "other" (the
     * identity) — for the agency that recorded the identity too, whose own reading needs no consent.
     * The audit entry names the agency the name is disclosed to, and the service that asked.
     */
    public String nameFor(Caller service, UUID caseId, Agency recipient) {
        if (!service.hasRole(Role.SERVICE) || service.agency() != null) {
            throw ApiProblem.forbidden("names for notifications are given to SSPF services only");
        }
        return transaction.execute(status -> {
            SspfCase sspfCase = cases.find(caseId).map(StoredCase::sspfCase)
                    .filter(candidate -> candidate.municipality().equals(service.municipality()))
                    .orElseThrow(() -> ApiProblem.notFound("the case"));
            Owned<SealedIdentity> stored = identities.find(caseId)
                    .orElseThrow(() -> ApiProblem.notFound("the identity"));
            Reading toRecipient = new Reading(service.subject(), recipient, sspfCase.municipality(),
                    sspfCase.youthRef(), sspfCase.sharingEnded(), "case/" + caseId + "/identity",
                    "naming the youth in a notification to the agency's people");
            SealedIdentity sealed = gatedReads.openUnderConsent(toRecipient, stored)
                    .orElseThrow(() -> ApiProblem.notFound("the identity"));
            return vault.open(caseId, sealed).name();
        });
    }

    /**
     * The personal identity number's birth date must be the one the consent was signed for: refused, naming both.
     * The consent is read with the attaching person's token, so an agency the consent does not name cannot
     * confirm it, and does not attach the identity.
     */
    private void checkAgreesWithTheConsent(UUID caseId, YouthIdentity identity) {
        LocalDate born = identity.number().birthDate();
        List<LocalDate> consented = consentService.birthDatesConsentedFor(caseId);
        if (consented.isEmpty()) {
            throw new CaseRuleViolation("identity-attached-under-the-consent", "personalIdentityNumber",
                    "the identity is attached by an agency the case's consent names, which can check it against the "
                    + "consent");
        }
        consented.stream().filter(day -> !day.equals(born)).findFirst().ifPresent(day -> {
            throw new CaseRuleViolation("identity-agrees-with-consent", "personalIdentityNumber, youthBirthDate",
                    "the personal identity number gives a birth date other than the consent's youthBirthDate (" + day
                    + ")");
        });
    }

    private void checkAge(String municipality, YouthIdentity identity) {
        AgeRanges.Range range = ageRanges.of(municipality);
        if (!range.admits(identity.number().birthDate(), SwedishTime.today(clock))) {
            throw new CaseRuleViolation("age-within-range", "personalIdentityNumber",
                    "SSPF in this municipality is for youths aged " + range.min() + " to " + range.max());
        }
    }
}
