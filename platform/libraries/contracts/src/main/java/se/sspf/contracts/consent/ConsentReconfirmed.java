package se.sspf.contracts.consent;

import java.time.LocalDate;
import java.util.UUID;

/** The youth, now 18, confirmed the consent themself. */
public record ConsentReconfirmed(
        UUID consentId,
        int version,
        UUID caseId,
        String municipality,
        LocalDate reconfirmedOn) implements ConsentEvent {
}
