package se.sspf.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.CloudEventAttributes;
import se.sspf.platform.events.TopicNames;
import se.sspf.platform.worker.WorkerThread;

/**
 * Sends committed outbox events to Kafka in the order they were written, and deletes them only
 * once the broker has acknowledged every one ({@code acks=all}). If sending fails nothing is deleted
 * and the batch is tried again, so an event may arrive twice but is never lost; consumers
 * de-duplicate by event id. One relay at a time works the table (a PostgreSQL advisory lock), so
 * several instances of a service cannot reorder one youth's events.
 */
class OutboxRelay extends WorkerThread {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x5350_4F42_4F58L; // "SPOBOX": one relay per database
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicNames topics;
    private final OutboxTracing tracing;
    private final OutboxProperties properties;
    private final Semaphore wakeUps = new Semaphore(0);

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
                TopicNames topics, OutboxTracing tracing, OutboxProperties properties) {
        super("sspf-outbox-relay", false);
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.topics = topics;
        this.tracing = tracing;
        this.properties = properties;
    }

    /** Called after a commit that wrote events, so they leave at once instead of at the next poll, and on stop. */
    @Override
    protected void wakeUp() {
        wakeUps.release();
    }

    /** Relays one batch; returns how many events left the outbox. */
    int relayBatch() {
        Integer relayed = transaction.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single()) {
                return 0;
            }
            List<PendingEvent> batch = jdbc.sql("select id, topic, record_key, payload, traceparent from "
                    + "sspf_messaging.outbox order by id limit ?")
                    .param(properties.batchSize())
                    .query(PendingEvent.class)
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            CompletableFuture<?>[] sends = batch.stream().map(this::send).toArray(CompletableFuture[]::new);
            kafka.flush();
            awaitAcknowledgements(sends);
            // By id, never by range: a row with a smaller id may commit while this batch was in flight.
            jdbc.sql("delete from sspf_messaging.outbox where id = any(?)")
                    .param(batch.stream().mapToLong(PendingEvent::id).toArray())
                    .update();
            return batch.size();
        });
        return relayed == null ? 0 : relayed;
    }

    private CompletableFuture<?> send(PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.of(event.topic()), event.recordKey(),
                event.payload());
        record.headers().add("content-type", CloudEventAttributes.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return tracing.inTraceOf(event.traceparent(), () -> kafka.send(record));
    }

    private void awaitAcknowledgements(CompletableFuture<?>[] sends) {
        try {
            CompletableFuture.allOf(sends).get(properties.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not acknowledge the batch", e);
        }
    }

    @Override
    protected void work() {
        Duration backoff = properties.pollInterval();
        while (isRunning()) {
            try {
                int relayed = relayBatch();
                backoff = properties.pollInterval();
                if (relayed == properties.batchSize()) {
                    continue;
                }
                await(properties.pollInterval());
            } catch (RuntimeException e) {
                // Nothing was deleted: the same events go again after the pause.
                log.warn("outbox relay could not publish, retrying in {} ms: {}", backoff.toMillis(), e.getMessage());
                await(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void await(Duration timeout) {
        try {
            wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            interrupted();
        }
    }

    /** Within the default 20 s a shutdown phase is given. */
    @Override
    protected Duration stopWithin() {
        return Duration.ofMillis(Math.min(properties.sendTimeout().toMillis() * 2, 15_000));
    }

    record PendingEvent(long id, String topic, String recordKey, byte[] payload, String traceparent) {
    }
}
