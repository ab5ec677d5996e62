package se.sspf.plan.plan;

import java.util.List;

import se.sspf.contracts.InformationCategory;
import se.sspf.plan.domain.PlanAction;
import se.sspf.plan.domain.YouthCommitment;

/**
 * What of one plan version a reader may see now.
 *
 * @param header      whether the header (present, main goal, follow-up, acute contact) is shown
 * @param areas       the areas shown as a whole; the reader's own actions show in the others too
 */
public record VisiblePart(boolean header, List<InformationCategory> areas, List<PlanAction> actions, List<YouthCommitment> commitments) {
}
