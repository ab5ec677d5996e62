package se.sspf.contracts.plan;

import java.time.Instant;
import java.util.UUID;

/** The plan's next follow-up meeting was set or moved; the place stays in plan-service. */
public record FollowUpScheduled(UUID caseId, String municipality, Instant followUpAt) implements PlanEvent {
}
