package se.sspf.plan.actionplan;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ETags;

/** A case has one plan, addressed by the case's id. */
@Tag(name = "Plans")
@RestController
@RequestMapping("/api/plans/{caseId}")
@RequiredArgsConstructor
public class PlanController {

    private final PlanBook plans;

    @Operation(operationId = "agreePlan",
            summary = "Agree the case's action plan (version 1)",
            description = "plan-service knows a case from case-service's events (Kafka): just after the case became "
            + "ACTIVE, this may answer 404 (case not known yet) or 409 case-not-active for a few seconds; send it "
            + "again until it is agreed.")
    @ApiResponse(responseCode = "201", description = "agreed; ETag is what a change names in If-Match")
    @PostMapping
    ResponseEntity<PlanView> agree(Caller caller, @PathVariable UUID caseId, @Valid @RequestBody PlanInput plan) {
        return withETag(HttpStatus.CREATED, plans.agree(caller, caseId, plan.toDraft()));
    }

    @Operation(operationId = "readPlan",
            summary = "The case's plan as the caller may see it")
    @GetMapping
    ResponseEntity<PlanView> current(Caller caller, @PathVariable UUID caseId) {
        return withETag(HttpStatus.OK, plans.current(caller, caseId));
    }

    /** The plan with its ETag, which a change names in If-Match. */
    public static ResponseEntity<PlanView> withETag(HttpStatus status, PlanRead read) {
        return ResponseEntity.status(status).eTag(ETags.of(read.rowVersion())).body(read.view());
    }

    @Operation(operationId = "listPlanVersions",
            summary = "The plan's versions, oldest first")
    @GetMapping("/versions")
    List<VersionSummary> versions(Caller caller, @PathVariable UUID caseId) {
        return plans.versions(caller, caseId);
    }

    @Operation(operationId = "readPlanVersion",
            summary = "One version of the plan")
    @GetMapping("/versions/{version}")
    PlanView version(Caller caller, @PathVariable UUID caseId, @PathVariable int version) {
        return plans.version(caller, caseId, version);
    }
}
