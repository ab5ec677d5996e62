package se.sspf.casework.group;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import se.sspf.casework.domain.GroupMember;
import se.sspf.contracts.casework.GroupKind;

/**
 * A working or steering group as its members see it: its meetings soonest first, and the coordinator's flag that
 * no next meeting is scheduled within the interval.
 */
public record Group(UUID id, GroupKind kind, String name, int meetingIntervalDays, int registrationDeadlineDays,
                    List<GroupMember> members, @Nullable String mandate, List<MeetingLine> meetings,
                    boolean nextMeetingMissing) {

    public record MeetingLine(UUID id, Instant scheduledFor, String place, boolean minutesRecorded) {
    }
}
