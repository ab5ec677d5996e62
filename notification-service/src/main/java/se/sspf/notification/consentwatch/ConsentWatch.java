package se.sspf.notification.consentwatch;

import java.time.LocalDate;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.sspf.notification.dispatch.Dispatcher;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.ConsentWatchStore;

/**
 * Follows the consents: watches each one's last day (for {@link ExpiryWarnings}), and when one is revoked tells
 * every participant of its case, of every agency, to stop sharing. A consent torn up is only no longer watched:
 * tearing up comes with the closing of the case, whose notice already tells everybody to stop sharing.
 */
@Service
@RequiredArgsConstructor
class ConsentWatch {

    private final ConsentWatchStore consents;
    private final Dispatcher dispatcher;

    void watch(UUID consentId, UUID caseId, LocalDate validUntil) {
        consents.watch(consentId, caseId, validUntil);
    }

    void stop(UUID consentId) {
        consents.stop(consentId);
    }

    /** A consent for a case this service never hears of (none proposed it) has nobody to tell. */
    void revoked(UUID eventId, UUID consentId, UUID caseId) {
        consents.stop(consentId);
        dispatcher.tellIfKnown(new Notice(eventId, NoticeKind.CONSENT_ENDED, caseId, null, null), Audience::of);
    }
}
