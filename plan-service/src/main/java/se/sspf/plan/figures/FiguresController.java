package se.sspf.plan.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.contracts.Role;
import se.sspf.plan.domain.ActionPlan;
import se.sspf.plan.domain.ActionsOnTime;
import se.sspf.plan.plan.PlanStore;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * {@code GET /api/plans/figures}: the steering and working groups' figure of the caller's municipality —
 * actions done on time — as counts, never a case or a person; counts below five suppressed, as
 * case-service's figures are.
 */
@RestController
class FiguresController {

    static final int SMALLEST_SHOWN = 5;

    private final PlanStore store;
    private final Clock clock;

    FiguresController(PlanStore store, Optional<Clock> clock) {
        this.store = store;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/api/plans/figures")
    ActionsOnTime figures(Caller caller) {
        if (!caller.hasAnyRole(Role.STEERING, Role.COORDINATOR)) {
            throw ApiProblem.forbidden("the figures are for the steering and working groups");
        }
        return ActionsOnTime.of(store.inMunicipality(caller.municipality()), LocalDate.now(clock.withZone(ActionPlan.SWEDEN)), SMALLEST_SHOWN);
    }
}
