package se.sspf.contracts.casework;

import java.util.UUID;

/** A consent came for the case: identified work may begin. */
public record CaseActivated(UUID caseId, String municipality, UUID consentId) implements CaseEvent {
}
