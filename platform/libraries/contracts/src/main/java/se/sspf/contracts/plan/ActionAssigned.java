package se.sspf.contracts.plan;

import java.time.LocalDate;
import java.util.UUID;

import se.sspf.contracts.Agency;

/**
 * An agency became responsible for an action of the plan, or its due date moved. What the action is
 * and which area it belongs to stay in plan-service: the area alone can be sensitive (health).
 *
 * @param responsibleRef the responsible participant's opaque user id, when the plan names one
 */
public record ActionAssigned(UUID caseId, String municipality, UUID actionId, Agency responsibleAgency,
                             String responsibleRef, LocalDate dueOn) implements ActionNews, PlanEvent {
}
