package se.sspf.plan.domain;

import se.sspf.contracts.AgencyRecord;
import se.sspf.contracts.InformationCategory;

/** What the youth undertakes in an area of the plan (the youth's own commitments, 003 3.3). */
@AgencyRecord
public record YouthCommitment(InformationCategory area, String text) {
}
