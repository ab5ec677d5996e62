package se.sspf.contracts.casework;

import java.time.Instant;
import java.util.UUID;

/** A working or steering group's meeting was called; its place and agenda stay in case-service. */
public record WorkingGroupMeetingScheduled(UUID groupId, String municipality, UUID meetingId, Instant scheduledFor,
                                           GroupKind kind) implements GroupEvent {
}
