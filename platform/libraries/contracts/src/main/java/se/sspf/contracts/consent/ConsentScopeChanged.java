package se.sspf.contracts.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

/** The consent was signed again with a new scope; a new version. */
public record ConsentScopeChanged(
        UUID consentId,
        int version,
        UUID caseId,
        String municipality,
        Set<Agency> agencies,
        Set<InformationCategory> categories,
        LocalDate validFrom,
        LocalDate validUntil) implements ConsentEvent {
}
