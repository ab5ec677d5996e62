package se.sspf.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.sspf.contracts.EventData;
import se.sspf.contracts.EventType;
import se.sspf.platform.events.CloudEventCodec;

/**
 * Records an event in the same database transaction as the change it announces; the relay sends it
 * to Kafka after the commit. A rolled-back change therefore never announces anything, and a
 * committed one is announced even if the broker is down at the time.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Outbox {

    private final JdbcClient jdbc;
    private final CloudEventCodec codec;
    private final OutboxTracing tracing;
    private final OutboxRelay relay;
    private final Clock clock;

    /** Adds the event to the current transaction, under the one catalogued type whose data it is. */
    public UUID publish(String youthRef, EventData data) {
        EventType type = Arrays.stream(EventType.values())
                .filter(candidate -> candidate.dataClass() == data.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(data.getClass().getSimpleName()
                + " is no catalogued event"));
        return publish(type, youthRef, data);
    }

    /**
     * The time of the oldest event for the topic that has not yet left, or empty when none waits.
     * Everything committed before it is on the broker: the consent heartbeat's watermark.
     */
    public Optional<Instant> oldestPending(String topic) {
        return jdbc.sql("select created_at from sspf_messaging.outbox where topic = ? order by created_at limit 1")
                .param(topic)
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant);
    }

    /**
     * Adds the event to the current transaction.
     *
     * @param youthRef the youth's pseudonymous reference: the CloudEvent's subject and the record key
     * @return the event id
     * @throws IllegalStateException outside a transaction, where the event could outlive a failed change
     */
    public UUID publish(EventType type, String youthRef, EventData data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an event is published in the transaction of the change it announces");
        }
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // created_at is the service's clock, not the database's: the consent heartbeat compares it with that clock.
        jdbc.sql("insert into sspf_messaging.outbox (event_id, topic, record_key, payload, traceparent, created_at) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(eventId, type.topic(), youthRef, codec.write(eventId, now, type, youthRef, data),
                tracing.currentTraceparent(),
                        java.sql.Timestamp.from(now))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return eventId;
    }
}
