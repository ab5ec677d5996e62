package se.sspf.plan.followup;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.plan.actionplan.PlanController;
import se.sspf.plan.actionplan.PlanInput;
import se.sspf.plan.actionplan.PlanView;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ETags;

@Tag(name = "Plans")
@RestController
@RequestMapping("/api/plans/{caseId}")
@RequiredArgsConstructor
class FollowUpController {

    private final FollowUps followUps;

    @Operation(operationId = "recordFollowUp",
            summary = "Record a follow-up of the plan, revising it")
    @ApiResponse(responseCode = "201", description = "recorded: the plan in its new version")
    @PostMapping("/follow-ups")
    ResponseEntity<PlanView> record(Caller caller, @PathVariable UUID caseId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody FollowUpInput followUp) {
        return PlanController.withETag(HttpStatus.CREATED,
                followUps.record(caller, caseId, ETags.parse(ifMatch), followUp));
    }

    @Operation(operationId = "listFollowUps",
            summary = "The plan's follow-ups")
    @GetMapping("/follow-ups")
    List<FollowUpView> read(Caller caller, @PathVariable UUID caseId) {
        return followUps.read(caller, caseId);
    }

    /** The next follow-up moved, for instance earlier because of an acute problem. */
    @Operation(operationId = "moveFollowUp",
            summary = "Move the next follow-up")
    @PutMapping("/follow-up")
    ResponseEntity<PlanView> move(Caller caller, @PathVariable UUID caseId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                  @Valid @RequestBody PlanInput.AppointmentInput next) {
        return PlanController.withETag(HttpStatus.OK,
                followUps.move(caller, caseId, ETags.parse(ifMatch), next.toAppointment()));
    }
}
