package se.sspf.casework.group;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import se.sspf.casework.domain.ConsentStanding;
import se.sspf.casework.domain.DeIdentifiedCase;
import se.sspf.casework.domain.GroupMinutes;
import se.sspf.casework.groupwork.GroupWork;

/**
 * A working group meeting with the three-part agenda of the checklist (3.4) as one member sees it: of the
 * individual part only the cases the member takes part in, the de-identified cases and the returnees, and the
 * general part with its minutes.
 */
public record GroupMeeting(UUID id, UUID groupId, Instant scheduledFor, String place, Instant registrationDeadline,
                           List<Registration> individual, List<DeIdentifiedCase> deIdentified,
                           List<GroupWork.Returnee> returnees, List<String> general,
                           @Nullable GroupMinutes minutes) {

    /** A case on the individual part; its notes and decisions are the minutes of its own meeting, in the case. */
    public record Registration(UUID caseId, String caseCode, UUID caseMeetingId, Instant registeredAt,
                               ConsentStanding consent) {
    }
}
