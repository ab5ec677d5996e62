package se.sspf.casework.domain;

import java.time.LocalDate;
import java.util.UUID;

import se.sspf.contracts.Agency;

/** That an agency made a report of concern (SoL 14 kap. 1 §) to social services, and when. */
public record ReportOfConcern(UUID id, Agency agency, LocalDate madeOn) {
}
