package se.sspf.consent.lifecycle;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.platform.inbox.EventInbox;

/** When case-service closes a case, its consent is torn up: the agencies can no longer share. */
@Component
@RequiredArgsConstructor
class CaseClosedListener {

    private final EventInbox inbox;
    private final ConsentLifecycle lifecycle;

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.CASE_EVENTS, groupId = "consent-service")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("tear-up-on-case-closed", record, EventType.CASE_CLOSED, CaseClosed.class,
                closed -> lifecycle.tearUp(closed.data()));
    }
}
