package se.sspf.contracts.plan;

import java.time.Instant;
import java.util.UUID;

/** A version of the youth's action plan was agreed (version 1 at the first meeting, later ones at follow-ups). */
public record PlanAgreed(UUID caseId, String municipality, int version, int actions,
                         Instant followUpAt) implements PlanEvent {
}
