package se.sspf.casework.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.sspf.casework.domain.GroupMinutes;

/** A group's meeting as stored: the invitation, the general part, and once held, the general part's minutes. */
public record StoredGroupMeeting(UUID id, UUID groupId, Instant scheduledFor, String place, List<String> general,
                                 Optional<GroupMinutes> minutes) {
}
