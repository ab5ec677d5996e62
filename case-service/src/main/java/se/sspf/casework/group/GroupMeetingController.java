package se.sspf.casework.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import se.sspf.casework.domain.DeIdentifiedCase;
import se.sspf.casework.domain.ExpectedReturn;
import se.sspf.casework.domain.MeetingDecision;
import se.sspf.contracts.casework.RiskIndicator;
import se.sspf.platform.security.Caller;

@Tag(name = "Groups")
@RestController
@RequestMapping("/api/groups/{groupId}/meetings")
@RequiredArgsConstructor
class GroupMeetingController {

    private final GroupMeetings meetings;

    /** @param general events ahead, incidents in the area, shortcomings in the collaboration; none about a youth */
    record NewGroupMeeting(@NotNull @Future Instant scheduledFor, @NotBlank @Size(max = 200) String place,
                           @Size(max = 50) List<@NotBlank @Size(max = 500) String> general) {
    }

    record Registration(@NotNull UUID caseId) {
    }

    /** A code the presenting agency makes up: no run of six digits, so no birth date or identity number fits. */
    record DeIdentified(@NotNull @Pattern(regexp = "^(?!.*[0-9]{6})[A-Z0-9-]{3,20}$") String code,
                        @NotNull @Size(min = 1, max = 10) List<@NotNull RiskIndicator> riskIndicators,
                        @Valid ExpectedHome returnee, @NotNull Boolean seekConsent) {
    }

    /** Named apart from the returnee list's {@code Returnee}: one schema name, one shape, in the API document. */
    record ExpectedHome(@NotNull ExpectedReturn.ReturnFrom from, @NotNull LocalDate expectedOn) {
    }

    /** Named apart from a case meeting's {@code Minutes}: one schema name, one shape, in the API document. */
    record NewGroupMinutes(@NotBlank @Size(max = 20_000) String text,
                           @NotNull @Size(max = 50) List<@NotNull @Valid DecisionLine> decisions) {
    }

    record DecisionLine(@NotBlank @Size(max = 1000) String what, @NotBlank @Size(max = 2000) String why,
                        @NotBlank @Size(max = 200) String who) {
    }

    @Operation(operationId = "callGroupMeeting",
            summary = "Call a meeting of the group with its general part (the group's convener)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    GroupMeeting call(Caller caller, @PathVariable UUID groupId, @Valid @RequestBody NewGroupMeeting meeting) {
        return meetings.call(caller, groupId, new GroupMeetings.Call(meeting.scheduledFor(), meeting.place(),
                meeting.general() == null ? List.of() : meeting.general()));
    }

    @Operation(operationId = "readGroupMeeting",
            summary = "A group meeting's three parts as the caller may see them")
    @GetMapping("/{meetingId}")
    GroupMeeting read(Caller caller, @PathVariable UUID groupId, @PathVariable UUID meetingId) {
        return meetings.read(caller, groupId, meetingId);
    }

    @Operation(operationId = "registerCaseForGroupMeeting",
            summary = "Register a case for a working group meeting's individual part, before its deadline",
            description = "The case's own meeting invites its participants the consent covers; its minutes are "
                    + "recorded there, as the case's record.")
    @PostMapping("/{meetingId}/cases")
    @ResponseStatus(HttpStatus.CREATED)
    GroupMeeting.Registration register(Caller caller, @PathVariable UUID groupId, @PathVariable UUID meetingId,
            @Valid @RequestBody Registration registration) {
        return meetings.register(caller, groupId, meetingId, registration.caseId());
    }

    @Operation(operationId = "presentDeIdentifiedCase",
            summary = "Present a youth without consent at a working group meeting, by code and risk signs only")
    @PostMapping("/{meetingId}/de-identified")
    @ResponseStatus(HttpStatus.CREATED)
    DeIdentifiedCase present(Caller caller, @PathVariable UUID groupId, @PathVariable UUID meetingId,
            @Valid @RequestBody DeIdentified presented) {
        return meetings.present(caller, groupId, meetingId, new DeIdentifiedCase(UUID.randomUUID(), presented.code(),
                presented.riskIndicators(), presented.returnee() == null ? null
                : new DeIdentifiedCase.ExpectedHome(presented.returnee().from(), presented.returnee().expectedOn()),
                presented.seekConsent()));
    }

    @Operation(operationId = "recordGroupMinutes",
            summary = "Record the minutes of a group meeting's general part (the group's convener)")
    @PostMapping("/{meetingId}/minutes")
    GroupMeeting recordMinutes(Caller caller, @PathVariable UUID groupId, @PathVariable UUID meetingId,
            @Valid @RequestBody NewGroupMinutes minutes) {
        return meetings.recordMinutes(caller, groupId, meetingId, minutes.text(), minutes.decisions().stream()
                .map(line -> new MeetingDecision(line.what(), line.why(), line.who())).toList());
    }
}
