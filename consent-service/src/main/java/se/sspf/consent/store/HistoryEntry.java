package se.sspf.consent.store;

import java.time.Instant;

import se.sspf.consent.domain.Consent;

/** One change of a consent and the consent as it stood afterwards. */
public record HistoryEntry(long seq, Instant occurredAt, String change, String actor, int version, Consent consent) {
}
