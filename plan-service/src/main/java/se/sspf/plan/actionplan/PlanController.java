package se.sspf.plan.actionplan;

import java.util.List;
import java.util.UUID;

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
@RestController
@RequestMapping("/api/plans/{caseId}")
@RequiredArgsConstructor
public class PlanController {

    private final PlanBook plans;

    @PostMapping
    ResponseEntity<PlanView> agree(Caller caller, @PathVariable UUID caseId, @Valid @RequestBody PlanInput plan) {
        return withETag(HttpStatus.CREATED, plans.agree(caller, caseId, plan.toDraft()));
    }

    @GetMapping
    ResponseEntity<PlanView> current(Caller caller, @PathVariable UUID caseId) {
        return withETag(HttpStatus.OK, plans.current(caller, caseId));
    }

    /** The plan with its ETag, which a change names in If-Match. */
    public static ResponseEntity<PlanView> withETag(HttpStatus status, PlanRead read) {
        return ResponseEntity.status(status).eTag(ETags.of(read.rowVersion())).body(read.view());
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
