package se.sspf.contracts.casework;

import java.util.Set;
import java.util.UUID;

import se.sspf.contracts.Agency;

/** An agency (or a guardian through one) proposed a youth for SSPF; the case may be de-identified. */
public record CaseProposed(UUID caseId, String municipality, String caseCode, Agency proposedBy,
                           Set<RiskIndicator> riskIndicators) implements CaseEvent {
}
