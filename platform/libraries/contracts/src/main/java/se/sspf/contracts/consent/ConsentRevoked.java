package se.sspf.contracts.consent;

import java.time.Instant;
import java.util.UUID;

/** A signer withdrew the consent; every party must stop sharing. */
public record ConsentRevoked(
        UUID consentId,
        int version,
        UUID caseId,
        String municipality,
        Instant revokedAt,
        String revokedBy) implements ConsentEvent {
}
