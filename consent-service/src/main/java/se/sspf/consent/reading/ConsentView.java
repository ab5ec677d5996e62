package se.sspf.consent.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.sspf.consent.domain.Consent;
import se.sspf.consent.domain.Handler;
import se.sspf.consent.domain.MaturityAssessment;
import se.sspf.consent.domain.Revocation;
import se.sspf.consent.domain.Signature;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ExpiryCause;

/** A consent as the API shows it: the form, its state, and when it stops holding. */
public record ConsentView(
        UUID id,
        UUID caseId,
        String youthRef,
        LocalDate youthBirthDate,
        int version,
        ConsentStatus status,
        Set<Agency> agencies,
        List<InvitedPersonView> invitedPersons,
        Set<InformationCategory> categories,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant expiresAt,
        ExpiryCause expiryCause,
        List<String> guardiansWithCustody,
        List<Signature> signatures,
        MaturityAssessment maturityAssessment,
        Handler handler,
        String signedFormRef,
        boolean researchFollowUp,
        LocalDate reconfirmedOn,
        Revocation revocation,
        Instant tornUpAt,
        Instant registeredAt) {

    /** An invited person, with the fact the record must show: no professional duty of confidentiality. */
    public record InvitedPersonView(String ref, String role, boolean dutyOfConfidentiality) {
    }

    public static ConsentView of(Consent consent) {
        var terms = consent.terms();
        return new ConsentView(consent.id(), consent.caseId(), consent.youthRef(), consent.youthBirthDate(),
                consent.version(), consent.status(), terms.agencies(),
                terms.invitedPersons().stream().map(p ->
                new InvitedPersonView(p.ref(), p.role(), p.dutyOfConfidentiality())).toList(), terms.categories(),
                terms.validFrom(), terms.validUntil(), consent.expiresAt(), consent.expiryCause(),
                terms.guardiansWithCustody(), terms.signatures(), terms.maturityAssessment(), terms.handler(),
                terms.signedFormRef(), terms.researchFollowUp(), consent.reconfirmedOn(), consent.revocation(),
                consent.tornUpAt(), consent.registeredAt());
    }
}
