package se.sspf.contracts.casework;

import java.util.UUID;

/** Social services decided whether the youth is offered SSPF; the reason stays in case-service. */
public record CaseDecided(UUID caseId, String municipality, boolean offered) implements CaseEvent {
}
