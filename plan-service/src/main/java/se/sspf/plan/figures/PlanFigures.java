package se.sspf.plan.figures;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.sspf.contracts.Role;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.plan.domain.ActionsOnTime;
import se.sspf.plan.domain.Commitments;
import se.sspf.plan.store.PlanStore;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * The steering and working groups' figures of the caller's municipality — actions done on time, each agency's
 * commitments kept — as counts,
 * never a case or a person; counts below five suppressed, as case-service's figures are.
 */
@Service
@RequiredArgsConstructor
public class PlanFigures {

    private final PlanStore store;
    private final Clock clock;

    public ActionsOnTime actionsOnTime(Caller caller) {
        requireAGroup(caller);
        return ActionsOnTime.of(store.inMunicipality(caller.municipality()), SwedishTime.today(clock));
    }

    /** Each agency's commitments per tertial of the year (this year in Sweden when none is asked for). */
    public Commitments commitments(Caller caller, @Nullable Integer year) {
        requireAGroup(caller);
        LocalDate today = SwedishTime.today(clock);
        return Commitments.of(year == null ? today.getYear() : year, store.inMunicipality(caller.municipality()),
                today);
    }

    private static void requireAGroup(Caller caller) {
        if (!caller.hasAnyRole(Role.STEERING, Role.COORDINATOR)) {
            throw ApiProblem.forbidden("the figures are for the steering and working groups");
        }
    }
}
