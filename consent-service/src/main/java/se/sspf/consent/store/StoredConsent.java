package se.sspf.consent.store;

import se.sspf.consent.domain.Consent;

/** A consent as read, with the row version an update must still find (optimistic locking, the ETag). */
public record StoredConsent(Consent consent, long rowVersion) {
}
