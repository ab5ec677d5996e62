package se.sspf.contracts.plan;

import java.time.LocalDate;
import java.util.UUID;

import se.sspf.contracts.Agency;

/** An unfinished action is due within the reminder period; sent once per action and due date. */
public record ActionDueSoon(UUID caseId, String municipality, UUID actionId, Agency responsibleAgency,
                            String responsibleRef, LocalDate dueOn) implements ActionNews, PlanEvent {
}
