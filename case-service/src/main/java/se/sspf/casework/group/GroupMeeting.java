package se.sspf.casework.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import se.sspf.casework.domain.ConsentStanding;
import se.sspf.casework.domain.DeIdentifiedCase;
import se.sspf.casework.domain.ExpectedReturn;
import se.sspf.casework.domain.MeetingDecision;

/**
 * A working group meeting with the three-part agenda of the checklist (3.4) as one member sees it: of the
 * individual part only the cases the member takes part in, the de-identified cases and the returnees, and the
 * general part with its minutes.
 */
public record GroupMeeting(UUID id, UUID groupId, Instant scheduledFor, String place, Instant registrationDeadline,
                           List<Registration> individual, List<DeIdentifiedCase> deIdentified,
                           List<Returnee> returnees, List<String> general, @Nullable Minutes minutes) {

    /** A case on the individual part; its notes and decisions are the minutes of its own meeting, in the case. */
    public record Registration(UUID caseId, String caseCode, UUID caseMeetingId, Instant registeredAt,
                               ConsentStanding consent) {
    }

    /** By case code only, as the working group's list of returnees. */
    public record Returnee(String caseCode, ExpectedReturn.ReturnFrom from, LocalDate expectedOn) {
    }

    public record Minutes(String text, List<MeetingDecision> decisions, Instant recordedAt) {
    }
}
