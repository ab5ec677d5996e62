package se.sspf.casework.lifecycle;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.consent.ConsentGiven;
import se.sspf.platform.inbox.EventInbox;

/** A consent registered for a case awaiting one makes the case active. */
@Component
@RequiredArgsConstructor
class ConsentGivenListener {

    private final EventInbox inbox;
    private final CaseLifecycle lifecycle;

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.CONSENT_EVENTS, groupId = "case-service")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("activate-on-consent-given", record, EventType.CONSENT_GIVEN, ConsentGiven.class, given ->
                lifecycle.activate(given.data().caseId(), given.data().municipality(), given.data().consentId()));
    }
}
