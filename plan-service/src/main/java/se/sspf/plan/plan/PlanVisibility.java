package se.sspf.plan.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.plan.domain.ActionPlan;
import se.sspf.plan.domain.PlanAction;
import se.sspf.plan.domain.PlanVersion;
import se.sspf.plan.domain.YouthCommitment;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.GateDecision;

/**
 * The consent gate applied to a plan. The plan is the coordinator's agency's record: that agency sees
 * all of it. Any other agency always sees the actions it is responsible for; an area's rows and the
 * youth's commitments in it only while the consent covers the author, the reader and the area (and,
 * for a row, the agency responsible for it); the header, which speaks of the whole youth, only while
 * it covers "other" (övrigt).
 */
@Component
public class PlanVisibility {

    private final ConsentGate gate;

    PlanVisibility(ConsentGate gate) {
        this.gate = gate;
    }

    public VisiblePart of(ActionPlan plan, PlanVersion version, Agency reader) {
        if (reader == plan.author()) {
            return new VisiblePart(true, List.of(InformationCategory.values()), version.actions(), version.commitments(), null);
        }
        Decisions decisions = new Decisions(plan, reader);
        List<InformationCategory> areas = new ArrayList<>();
        for (InformationCategory area : InformationCategory.values()) {
            if (decisions.permits(plan.author(), area)) {
                areas.add(area);
            }
        }
        List<PlanAction> actions = version.actions().stream()
                .filter(action -> action.responsible().agency() == reader || areas.contains(action.area())
                        && (action.responsible().agency() == plan.author() || decisions.permits(action.responsible().agency(), action.area())))
                .toList();
        List<YouthCommitment> commitments = version.commitments().stream().filter(commitment -> areas.contains(commitment.area())).toList();
        return new VisiblePart(decisions.permits(plan.author(), InformationCategory.OTHER), areas, actions, commitments, decisions.reliedOn);
    }

    /** The gate asked once per owner and area for one reading. */
    private final class Decisions {

        private final ActionPlan plan;
        private final Agency reader;
        private final Map<Agency, Map<InformationCategory, GateDecision>> asked = new EnumMap<>(Agency.class);
        private GateDecision reliedOn;

        Decisions(ActionPlan plan, Agency reader) {
            this.plan = plan;
            this.reader = reader;
        }

        boolean permits(Agency owner, InformationCategory area) {
            GateDecision decision = asked.computeIfAbsent(owner, any -> new EnumMap<>(InformationCategory.class))
                    .computeIfAbsent(area, any -> gate.check(plan.municipality(), plan.youthRef(), owner, reader, area));
            if (decision.permitted()) {
                reliedOn = decision;
            }
            return decision.permitted();
        }
    }
}
