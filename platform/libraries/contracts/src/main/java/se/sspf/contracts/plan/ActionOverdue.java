package se.sspf.contracts.plan;

import java.time.LocalDate;
import java.util.UUID;

import se.sspf.contracts.Agency;

/** An action passed its due date unfinished; sent once per action and due date. */
public record ActionOverdue(UUID caseId, String municipality, UUID actionId, Agency responsibleAgency,
                            String responsibleRef, LocalDate dueOn) implements ActionNews, PlanEvent {
}
