package se.sspf.plan.action;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.plan.domain.ActionStatus;
import se.sspf.plan.actionplan.PlanController;
import se.sspf.plan.actionplan.PlanView;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ETags;

@Tag(name = "Plans")
@RestController
@RequiredArgsConstructor
class ActionController {

    private final ActionProgress progress;

    record Progress(@NotNull ActionStatus status, @Size(max = 2000) String note) {
    }

    @Operation(operationId = "reportActionProgress",
            summary = "Report an action's progress")
    @PutMapping("/api/plans/{caseId}/actions/{actionId}/status")
    ResponseEntity<PlanView> report(Caller caller, @PathVariable UUID caseId, @PathVariable UUID actionId,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody Progress progress) {
        return PlanController.withETag(HttpStatus.OK,
                this.progress.report(caller, caseId, ETags.parse(ifMatch), actionId, progress.status(),
                progress.note()));
    }

    /**
     * The actions the caller's agency answers for in the caller's cases; {@code overdue=true} for the late ones only.
     */
    @Operation(operationId = "listMyActions",
            summary = "The actions the caller's agency answers for in the caller's cases")
    @GetMapping("/api/plans/actions")
    List<ActionProgress.MyAction> mine(Caller caller, @RequestParam(defaultValue = "false") boolean overdue) {
        return progress.mine(caller, overdue);
    }
}
