package se.sspf.plan.actionplan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.plan.domain.ActionPlan;
import se.sspf.plan.domain.ActionState;
import se.sspf.plan.domain.PlanAction;
import se.sspf.plan.domain.PlanVersion;
import se.sspf.plan.domain.YouthCommitment;
import se.sspf.platform.consentgate.GatedReads;
import se.sspf.platform.consentgate.Owned;
import se.sspf.platform.consentgate.Reading;

/**
 * The plan as records for the gate. The plan is the coordinator's agency's record: that agency sees all of
 * it. An action another agency is responsible for is the record of both: that agency always sees it, a third
 * only while the consent covers the author, the responsible agency and the area. An area's own rows and the
 * youth's commitments in it need the author and the area covered; the header, which speaks of the whole
 * youth, "other" (övrigt). A note on an action's progress is the record of the agency that wrote it, in the
 * action's area. Once the case's sharing has ended, a reader sees only its own.
 */
@Component
@RequiredArgsConstructor
public class PlanVisibility {

    private static final Boolean HEADER = Boolean.TRUE;

    private final GatedReads gatedReads;

    /** What the reader may see of the version; the read audited once with the consents it relied on. */
    public VisiblePart of(Reading reading, ActionPlan plan, PlanVersion version) {
        return gatedReads.reading(reading, opener -> of(opener, plan, version));
    }

    /** Within a read of several versions (the follow-ups). */
    public VisiblePart of(GatedReads.Opener opener, ActionPlan plan, PlanVersion version) {
        Agency author = plan.author();
        boolean header = opener.open(Owned.by(author, InformationCategory.OTHER, HEADER)).isPresent();
        List<InformationCategory> areas = opener.open(Arrays.stream(InformationCategory.values())
                .map(area -> Owned.by(author, area, area)).toList());
        List<PlanAction> actions = opener.open(version.actions().stream().map(action -> owned(author, action))
                .toList());
        List<YouthCommitment> commitments = opener.open(version.commitments().stream()
                .map(commitment -> Owned.by(author, commitment.area(), commitment)).toList());
        Map<UUID, String> notes = opener.open(actions.stream().filter(action -> noteOf(plan, action) != null)
                        .map(action -> Owned.by(plan.state(action.id()).changedByAgency(), action.area(),
                                Map.entry(action.id(), noteOf(plan, action))))
                        .toList())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new VisiblePart(header, areas, actions, commitments, notes);
    }

    private static String noteOf(ActionPlan plan, PlanAction action) {
        ActionState state = plan.state(action.id());
        return state == null ? null : state.note();
    }

    private static Owned<PlanAction> owned(Agency author, PlanAction action) {
        Agency responsible = action.responsible().agency();
        return responsible == author ? Owned.by(author, action.area(), action)
                : Owned.jointly(author, responsible, action.area(), action);
    }
}
