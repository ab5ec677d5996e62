package se.sspf.notification.consentwatch;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.consent.ConsentExpired;
import se.sspf.contracts.consent.ConsentGiven;
import se.sspf.contracts.consent.ConsentRevoked;
import se.sspf.contracts.consent.ConsentScopeChanged;
import se.sspf.contracts.consent.ConsentTornUp;
import se.sspf.notification.dispatch.Dispatcher;
import se.sspf.notification.dispatch.KnownCases;
import se.sspf.notification.dispatch.Members;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.ConsentWatchStore;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.inbox.EventInbox;

/**
 * Follows the consents: watches each one's last day, and when one is revoked tells every participant
 * of its case, of every agency, to stop sharing (a consent torn up is told by the case's closing).
 */
@Component
class ConsentNotices {

    private final EventInbox inbox;
    private final ConsentWatchStore watch;
    private final CaseRecords cases;
    private final Dispatcher dispatcher;

    ConsentNotices(EventInbox inbox, ConsentWatchStore watch, CaseRecords cases, Dispatcher dispatcher) {
        this.inbox = inbox;
        this.watch = watch;
        this.cases = cases;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.CONSENT_EVENTS, groupId = "notification-service")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("watch-consent-given", record, EventType.CONSENT_GIVEN, ConsentGiven.class, given ->
                watch.watch(given.data().consentId(), given.data().caseId(), given.data().validUntil()));
        inbox.handleOnce("watch-consent-scope", record, EventType.CONSENT_SCOPE_CHANGED, ConsentScopeChanged.class, changed ->
                watch.watch(changed.data().consentId(), changed.data().caseId(), changed.data().validUntil()));
        inbox.handleOnce("watch-consent-expired", record, EventType.CONSENT_EXPIRED, ConsentExpired.class, expired ->
                watch.stop(expired.data().consentId()));
        inbox.handleOnce("notify-consent-revoked", record, EventType.CONSENT_REVOKED, ConsentRevoked.class, revoked ->
                ended(revoked.id(), revoked.data().consentId(), revoked.data().caseId()));
        // Tearing up comes with the closing of the case, whose notice already tells everybody to stop sharing.
        inbox.handleOnce("watch-consent-torn-up", record, EventType.CONSENT_TORN_UP, ConsentTornUp.class, tornUp ->
                watch.stop(tornUp.data().consentId()));
    }

    /** A consent for a case this service never hears of (none proposed it) has nobody to tell. */
    private void ended(UUID eventId, UUID consentId, UUID caseId) {
        watch.stop(consentId);
        KnownCases.await(cases, caseId).ifPresent(caseRecord -> dispatcher.tell(new Notice(eventId, NoticeKind.CONSENT_ENDED, caseId, null, null),
                caseRecord, Audience.of(Members.of(caseRecord))));
    }
}
