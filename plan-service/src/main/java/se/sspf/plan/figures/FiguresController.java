package se.sspf.plan.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.plan.domain.ActionsOnTime;
import se.sspf.platform.security.Caller;

/** {@code GET /api/plans/figures}: the steering and working groups' figure of the caller's municipality. */
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
}
