package se.sspf.contracts.casework;

import java.time.Instant;
import java.util.UUID;

/** The SSPF case was closed; its consent is torn up and the agencies stop sharing. */
public record CaseClosed(UUID caseId, String municipality, Instant closedAt, String reason) implements CaseEvent {
}
