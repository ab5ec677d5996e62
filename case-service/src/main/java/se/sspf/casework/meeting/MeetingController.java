package se.sspf.casework.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.casework.domain.MeetingDecision;
import se.sspf.casework.domain.MeetingMinutes;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.reference.ParticipantRef;
import se.sspf.platform.security.Caller;

@Tag(name = "Cases")
@RestController
@RequestMapping("/api/cases/{id}/meetings")
@RequiredArgsConstructor
class MeetingController {

    private final CaseMeetings meetings;

    record NewMeeting(@NotNull @Future Instant scheduledFor, @NotBlank @Size(max = 200) String place,
                      @NotNull @Size(max = 50) List<@NotBlank @ParticipantRef String> invitees,
                      @NotNull Boolean familyInvited,
                      @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> individual,
                      @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> general,
                      InformationCategory agendaCategory) {
    }

    /** @param category of what the minutes say; "other" (övrigt) where none is given */
    record Minutes(@NotBlank @Size(max = 20_000) String text,
                   @NotNull @Size(max = 50) List<@NotNull @Valid DecisionLine> decisions,
                   InformationCategory category) {
    }

    record DecisionLine(@NotBlank @Size(max = 1000) String what, @NotBlank @Size(max = 2000) String why,
                        @NotBlank @Size(max = 200) String who) {
    }

    @Operation(operationId = "scheduleMeeting",
            summary = "Schedule a meeting and invite its participants",
            description = "The invitations are sent by notification-service, which hears of the meeting over Kafka.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Meeting schedule(Caller caller, @PathVariable UUID id, @Valid @RequestBody NewMeeting meeting) {
        return meetings.schedule(caller, id, new CaseMeetings.Invitation(meeting.scheduledFor(), meeting.place(),
                meeting.invitees(), meeting.familyInvited(), meeting.individual(), meeting.general(),
                orOther(meeting.agendaCategory())));
    }

    @Operation(operationId = "recordMinutes",
            summary = "Record a meeting's minutes and decisions")
    @PostMapping("/{meetingId}/minutes")
    Meeting recordMinutes(Caller caller, @PathVariable UUID id, @PathVariable UUID meetingId,
            @Valid @RequestBody Minutes minutes) {
        return meetings.recordMinutes(caller, id, meetingId, new MeetingMinutes(minutes.text(),
                minutes.decisions().stream().map(line -> new MeetingDecision(line.what(), line.why(), line.who()))
                .toList()), orOther(minutes.category()));
    }

    private static InformationCategory orOther(InformationCategory category) {
        return category == null ? InformationCategory.OTHER : category;
    }

    @Operation(operationId = "listMeetings",
            summary = "The case's meetings")
    @GetMapping
    List<Meeting> list(Caller caller, @PathVariable UUID id) {
        return meetings.list(caller, id);
    }
}
