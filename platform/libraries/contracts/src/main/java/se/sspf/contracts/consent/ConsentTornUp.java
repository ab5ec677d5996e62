package se.sspf.contracts.consent;

import java.time.Instant;
import java.util.UUID;

/** The case closed, so the consent was torn up; every party must stop sharing. */
public record ConsentTornUp(UUID consentId, int version, UUID caseId, String municipality,
                            Instant tornUpAt) implements ConsentEvent {
}
