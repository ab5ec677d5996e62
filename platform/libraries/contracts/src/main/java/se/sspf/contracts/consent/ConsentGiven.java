package se.sspf.contracts.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

/** A youth and the guardians consented to information sharing. */
public record ConsentGiven(
        UUID consentId,
        int version,
        UUID caseId,
        String municipality,
        Set<Agency> agencies,
        Set<InformationCategory> categories,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean researchFollowUp) implements ConsentEvent {
}
