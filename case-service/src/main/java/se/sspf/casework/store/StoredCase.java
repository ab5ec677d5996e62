package se.sspf.casework.store;

import se.sspf.casework.domain.SspfCase;

/** A case as read, with the row version an update must still find. */
public record StoredCase(SspfCase sspfCase, long rowVersion) {
}
