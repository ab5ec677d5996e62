package se.sspf.contracts.audit;

import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.EventData;
import se.sspf.contracts.LegalBasis;

/**
 * Somebody read or changed a youth's personal data. The event id and time are the CloudEvent's
 * {@code id} and {@code time}; the youth reference is its {@code subject} and record key.
 *
 * @param sequence       the entry's number in the producing service's trail (increasing, not gapless)
 * @param youthSequence  its place in the youth's own hash chain in that service (1, 2, …), so that a reader of the
 *                       topic can tell whether a youth's chain still holds every entry it announced; null in events
 *                       written before the trail had a chain per youth
 * @param actor          the user's opaque subject id ({@code sub}), never a name
 * @param resource       what was touched, as a path of ids ({@code case/<uuid>/journal})
 * @param purpose        why, in the user's or the use case's words, without personal data
 * @param consentId      the consent relied on when {@code legalBasis} is CONSENT, else null
 * @param consentVersion its version, else null
 * @param entryHash      the chain hash of the entry, so that a reader can anchor the chain outside the database
 */
public record AuditRecorded(
        long sequence,
        Long youthSequence,
        String youthRef,
        String actor,
        Agency agency,
        String municipality,
        AuditAction action,
        String resource,
        String purpose,
        LegalBasis legalBasis,
        UUID consentId,
        Integer consentVersion,
        String entryHash) implements EventData {
}
