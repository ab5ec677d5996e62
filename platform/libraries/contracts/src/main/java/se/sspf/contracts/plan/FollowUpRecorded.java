package se.sspf.contracts.plan;

import java.util.UUID;

/**
 * A follow-up meeting checked every action of the plan and decided. {@code CLOSE} closes the case
 * (case-service listens), which tears the consent up.
 *
 * @param planFollowed whether no action was left not done, for the evaluation figures
 */
public record FollowUpRecorded(UUID caseId, String municipality, int reviewedVersion, FollowUpDecision decision,
                               int done, int notDone, int changed, boolean planFollowed) implements PlanEvent {
}
