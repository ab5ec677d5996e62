package se.sspf.plan.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.plan.domain.ActionsOnTime;
import se.sspf.plan.domain.Commitments;
import se.sspf.platform.security.Caller;

/**
 * {@code GET /api/plans/figures} and {@code /api/plans/commitments}: the steering and working groups' figures of the
 * caller's municipality.
 */
@Tag(name = "Plans")
@RestController
@RequiredArgsConstructor
class FiguresController {

    private final PlanFigures figures;

    @Operation(operationId = "readPlanFigures",
            summary = "The caller's municipality's actions on time, for the steering and working groups")
    @GetMapping("/api/plans/figures")
    ActionsOnTime figures(Caller caller) {
        return figures.actionsOnTime(caller);
    }

    @Operation(operationId = "readCommitments",
            summary = "Each agency's actions due, done on time, late and open per tertial, and the escalation list")
    @GetMapping("/api/plans/commitments")
    Commitments commitments(Caller caller, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return figures.commitments(caller, year);
    }
}
