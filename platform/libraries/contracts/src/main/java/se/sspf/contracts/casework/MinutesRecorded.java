package se.sspf.contracts.casework;

import java.util.UUID;

/** The minutes of a meeting were recorded; what they say stays in case-service. */
public record MinutesRecorded(UUID caseId, String municipality, UUID meetingId, int decisions) implements CaseEvent {
}
