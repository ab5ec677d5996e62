package se.sspf.plan.figures;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.sspf.contracts.Role;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.plan.domain.ActionsOnTime;
import se.sspf.plan.store.PlanStore;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * The steering and working groups' figure of the caller's municipality — actions done on time — as counts,
 * never a case or a person; counts below five suppressed, as case-service's figures are.
 */
@Service
@RequiredArgsConstructor
public class PlanFigures {

    private final PlanStore store;
    private final Clock clock;

    public ActionsOnTime actionsOnTime(Caller caller) {
        if (!caller.hasAnyRole(Role.STEERING, Role.COORDINATOR)) {
            throw ApiProblem.forbidden("the figures are for the steering and working groups");
        }
        return ActionsOnTime.of(store.inMunicipality(caller.municipality()), SwedishTime.today(clock));
    }
}
