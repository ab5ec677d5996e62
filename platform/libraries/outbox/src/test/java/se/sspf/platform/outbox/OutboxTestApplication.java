package se.sspf.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.audit.AuditRecorded;
import se.sspf.contracts.casework.CaseActivated;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.platform.events.ReceivedEvent;
import se.sspf.platform.inbox.EventInbox;

@SpringBootApplication
class OutboxTestApplication {

    /** A consumer as a service would write one: a thin adapter over the inbox. */
    @Component
    static class EffectRecorder {

        private final EventInbox inbox;
        private final JdbcClient jdbc;

        EffectRecorder(EventInbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.AUDIT_RECORDED, groupId = "outbox-test")
        void on(ConsumerRecord<String, byte[]> record) {
            inbox.handleOnce("effect-recorder", record, EventType.AUDIT_RECORDED, AuditRecorded.class,
                    event -> jdbc.sql("insert into effect (event_id, youth_ref, sequence) values (?, ?, ?)")
                            .params(event.id(), event.youthRef(), event.data().sequence())
                            .update());
        }
    }

    /** A consumer of case events whose handling fails while a test says so, as when its database is away. */
    @Component
    static class FailingCaseConsumer {

        final AtomicBoolean closingFails = new AtomicBoolean();
        final AtomicBoolean activationFails = new AtomicBoolean();
        /** The last record handed to it, to see what a re-driven record looks like. */
        final AtomicReference<ConsumerRecord<String, byte[]>> lastRecord = new AtomicReference<>();
        private final EventInbox inbox;
        private final JdbcClient jdbc;

        FailingCaseConsumer(EventInbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.CASE_EVENTS, groupId = "outbox-test-cases")
        void on(ConsumerRecord<String, byte[]> record) {
            lastRecord.set(record);
            inbox.handleOnce("closing-recorder", record, EventType.CASE_CLOSED, CaseClosed.class,
                    event -> record(event, closingFails));
            inbox.handleOnce("activation-recorder", record, EventType.CASE_ACTIVATED, CaseActivated.class,
                    event -> record(event, activationFails));
        }

        private void record(ReceivedEvent<?> event, AtomicBoolean fails) {
            if (fails.get()) {
                throw new IllegalStateException("the test's handler fails");
            }
            jdbc.sql("insert into effect (event_id, youth_ref, sequence) values (?, ?, 0)")
                    .params(event.id(), event.youthRef())
                    .update();
        }
    }

    /** Another consumer group of the case events, as another service would be: what it is delivered, in order. */
    @Component
    static class CaseEventsWatcher {

        final Queue<String> delivered = new ConcurrentLinkedQueue<>();

        @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.CASE_EVENTS, groupId = "outbox-test-watcher")
        void on(ConsumerRecord<String, byte[]> record) {
            delivered.add(new String(record.value(), StandardCharsets.UTF_8));
        }

        long deliveries(Object eventId) {
            return delivered.stream().filter(value -> value.contains(eventId.toString())).count();
        }
    }
}
