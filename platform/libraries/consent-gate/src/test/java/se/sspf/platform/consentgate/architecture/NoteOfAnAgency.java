package se.sspf.platform.consentgate.architecture;

import se.sspf.contracts.AgencyRecord;

/** A fixture: an agency's record, as a service's domain declares one. */
@AgencyRecord
public record NoteOfAnAgency(String text) {
}
