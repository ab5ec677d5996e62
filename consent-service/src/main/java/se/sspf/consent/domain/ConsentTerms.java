package se.sspf.consent.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

/**
 * What was signed, as on the form: who may exchange what, for how long, signed by whom.
 *
 * @param validUntil           the last day the consent holds (gäller t.o.m.), inclusive
 * @param signedFormRef        where the signed paper form is kept
 * @param researchFollowUp     the separate yes/no to a research follow-up within five years
 */
public record ConsentTerms(
        Set<Agency> agencies,
        List<InvitedPerson> invitedPersons,
        Set<InformationCategory> categories,
        LocalDate validFrom,
        LocalDate validUntil,
        List<String> guardiansWithCustody,
        List<Signature> signatures,
        @Nullable MaturityAssessment maturityAssessment,
        Handler handler,
        String signedFormRef,
        boolean researchFollowUp) {

    public ConsentTerms {
        agencies = Set.copyOf(agencies);
        invitedPersons = List.copyOf(invitedPersons);
        categories = Set.copyOf(categories);
        guardiansWithCustody = List.copyOf(guardiansWithCustody);
        signatures = List.copyOf(signatures);
    }

    LocalDate youthSignedOn() {
        return signatures.stream()
                .filter(signature -> signature.signer() == SignerRole.YOUTH)
                .map(Signature::signedOn)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }
}
