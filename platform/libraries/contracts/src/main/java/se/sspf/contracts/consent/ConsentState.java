package se.sspf.contracts.consent;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.EventData;
import se.sspf.contracts.InformationCategory;

/**
 * The full consent state of one youth, on the compacted topic {@code sspf.consent.state.v1} keyed by
 * the youth reference: the latest record per youth is all a reader needs to decide a share.
 */
public record ConsentState(String youthRef, String municipality, List<Entry> consents) implements EventData {

    /**
     * One consent as it stands.
     *
     * @param version   the scope version; a scope change is a new version with new signatures
     * @param validFrom the first instant it may be relied on
     * @param expiresAt the first instant it may no longer be relied on
     */
    public record Entry(
            UUID consentId,
            int version,
            UUID caseId,
            ConsentStatus status,
            Set<Agency> agencies,
            Set<InformationCategory> categories,
            Instant validFrom,
            Instant expiresAt,
            ExpiryCause expiryCause,
            Instant changedAt) {
    }
}
