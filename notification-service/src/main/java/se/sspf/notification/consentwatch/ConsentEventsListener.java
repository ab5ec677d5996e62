package se.sspf.notification.consentwatch;

import lombok.RequiredArgsConstructor;
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
import se.sspf.platform.inbox.EventInbox;

/** consent-service's events: each consent's last day to watch, and its end, for {@link ConsentWatch}. */
@Component
@RequiredArgsConstructor
class ConsentEventsListener {

    private final EventInbox inbox;
    private final ConsentWatch watch;

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.CONSENT_EVENTS, groupId = "notification-service")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("watch-consent-given", record, EventType.CONSENT_GIVEN, ConsentGiven.class, given ->
                watch.watch(given.data().consentId(), given.data().caseId(), given.data().validUntil()));
        inbox.handleOnce("watch-consent-scope", record, EventType.CONSENT_SCOPE_CHANGED, ConsentScopeChanged.class,
                changed -> watch.watch(changed.data().consentId(), changed.data().caseId(),
                        changed.data().validUntil()));
        inbox.handleOnce("watch-consent-expired", record, EventType.CONSENT_EXPIRED, ConsentExpired.class, expired ->
                watch.stop(expired.data().consentId()));
        inbox.handleOnce("notify-consent-revoked", record, EventType.CONSENT_REVOKED, ConsentRevoked.class, revoked ->
                watch.revoked(revoked.id(), revoked.data().consentId(), revoked.data().caseId()));
        inbox.handleOnce("watch-consent-torn-up", record, EventType.CONSENT_TORN_UP, ConsentTornUp.class, tornUp ->
                watch.stop(tornUp.data().consentId()));
    }
}
