package se.sspf.casework.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.sspf.casework.domain.MeetingAgenda;
import se.sspf.casework.domain.MeetingDecision;

/**
 * A meeting about one youth (police checklist 3.4) as one reader sees it: the invitation, and the agenda
 * and, once held, the minutes with the decisions taken — each absent (null) where it is another agency's
 * record the consent does not share with the reader.
 */
public record Meeting(UUID id, UUID caseId, Instant scheduledFor, String place, List<String> invitees,
                      boolean familyInvited, MeetingAgenda agenda, String minutes, List<MeetingDecision> decisions) {
}
