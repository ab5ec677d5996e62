package se.sspf.contracts.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting about the youth was scheduled and its invitees invited (by user id or pseudonymous
 * reference; the family is invited when {@code familyInvited}).
 */
public record MeetingScheduled(UUID caseId, String municipality, UUID meetingId, Instant scheduledFor,
                               List<String> invitees, boolean familyInvited) implements CaseEvent {
}
