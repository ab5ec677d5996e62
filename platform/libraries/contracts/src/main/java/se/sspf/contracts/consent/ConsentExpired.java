package se.sspf.contracts.consent;

import java.time.Instant;
import java.util.UUID;

/** The consent reached its end (valid-until, or the 18th birthday without reconfirmation). */
public record ConsentExpired(
        UUID consentId,
        int version,
        UUID caseId,
        String municipality,
        Instant expiredAt,
        ExpiryCause cause) implements ConsentEvent {
}
