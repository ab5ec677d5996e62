package se.sspf.contracts.casework;

import java.util.UUID;

/**
 * The case was put on a working group meeting's individual part; {@code caseMeetingId} is the case's own meeting
 * that invites its participants (announced by its {@link MeetingScheduled}).
 */
public record CaseRegisteredForMeeting(UUID caseId, String municipality, UUID groupId, UUID groupMeetingId,
                                       UUID caseMeetingId) implements CaseEvent {
}
