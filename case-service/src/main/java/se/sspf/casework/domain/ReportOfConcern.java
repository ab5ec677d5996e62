package se.sspf.casework.domain;

import java.time.LocalDate;
import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.AgencyRecord;

/** That an agency made a report of concern (SoL 14 kap. 1 §) to social services, and when. */
@AgencyRecord
public record ReportOfConcern(UUID id, Agency agency, LocalDate madeOn) {
}
