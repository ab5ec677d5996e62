package se.sspf.plan.followup;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.plan.plan.PlanInput;
import se.sspf.plan.plan.PlanView;
import se.sspf.platform.security.Caller;

@RestController
@RequestMapping("/api/plans/{caseId}")
class FollowUpController {

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @PostMapping("/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    PlanView record(Caller caller, @PathVariable UUID caseId, @Valid @RequestBody FollowUpInput followUp) {
        return followUps.record(caller, caseId, followUp);
    }

    @GetMapping("/follow-ups")
    List<FollowUpView> read(Caller caller, @PathVariable UUID caseId) {
        return followUps.read(caller, caseId);
    }

    /** The next follow-up moved, for instance earlier because of an acute problem. */
    @PutMapping("/follow-up")
    PlanView move(Caller caller, @PathVariable UUID caseId, @Valid @RequestBody PlanInput.AppointmentInput next) {
        return followUps.move(caller, caseId, next.toAppointment());
    }
}
