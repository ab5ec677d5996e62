package se.sspf.plan.figures;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.plan.domain.ActionsOnTime;
import se.sspf.platform.security.Caller;

/** {@code GET /api/plans/figures}: the steering and working groups' figure of the caller's municipality. */
@RestController
@RequiredArgsConstructor
class FiguresController {

    private final PlanFigures figures;

    @GetMapping("/api/plans/figures")
    ActionsOnTime figures(Caller caller) {
        return figures.actionsOnTime(caller);
    }
}
