package se.sspf.plan.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.sspf.contracts.plan.FollowUpDecision;
import se.sspf.plan.domain.ActionCheck;

/**
 * A recorded follow-up as one reader may see it: the checks of the actions the reader may see; date and decision with
 * the header.
 */
record FollowUpView(UUID id, int reviewedVersion, LocalDate heldOn, FollowUpDecision decision,
                    List<ActionCheck> checks) {
}
