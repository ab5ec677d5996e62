package se.sspf.plan.plan;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.platform.security.Caller;

/** A case has one plan, addressed by the case's id. */
@RestController
@RequestMapping("/api/plans/{caseId}")
class PlanController {

    private final PlanBook plans;

    PlanController(PlanBook plans) {
        this.plans = plans;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlanView agree(Caller caller, @PathVariable UUID caseId, @Valid @RequestBody PlanInput plan) {
        return plans.agree(caller, caseId, plan.toDraft());
    }

    @GetMapping
    PlanView current(Caller caller, @PathVariable UUID caseId) {
        return plans.current(caller, caseId);
    }

    @GetMapping("/versions")
    List<VersionSummary> versions(Caller caller, @PathVariable UUID caseId) {
        return plans.versions(caller, caseId);
    }

    @GetMapping("/versions/{version}")
    PlanView version(Caller caller, @PathVariable UUID caseId, @PathVariable int version) {
        return plans.version(caller, caseId, version);
    }
}
