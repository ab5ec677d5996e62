package se.sspf.casework.store;

import java.time.Instant;
import java.util.UUID;

/** A case registered for a group meeting's individual part, and the case's own meeting that came of it. */
public record StoredRegistration(UUID caseId, UUID caseMeetingId, Instant registeredAt) {
}
