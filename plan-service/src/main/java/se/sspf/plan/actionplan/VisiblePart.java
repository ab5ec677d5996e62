package se.sspf.plan.actionplan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.sspf.contracts.InformationCategory;
import se.sspf.plan.domain.PlanAction;
import se.sspf.plan.domain.YouthCommitment;

/**
 * What of one plan version a reader may see now.
 *
 * @param header      whether the header (present, main goal, follow-up, acute contact) is shown
 * @param areas       the areas shown as a whole; the reader's own actions show in the others too
 * @param statusNotes the notes on the shown actions' progress the reader may see, by action: each is the record
 *                    of the agency that wrote it
 */
public record VisiblePart(boolean header, List<InformationCategory> areas, List<PlanAction> actions,
                          List<YouthCommitment> commitments, Map<UUID, String> statusNotes) {
}
