package se.sspf.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;
import se.sspf.platform.events.TopicNames;

/**
 * Counts every record the error handler parked on a dead-letter topic, {@code sspf.events.dead.lettered{topic}}
 * (tagged with the topic it came from), so that an alert fires on it. Spring Kafka calls {@link #recovered}
 * once the dead-letter recoverer's send was acknowledged.
 */
@RequiredArgsConstructor
public final class DeadLetterCounter implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCounter.class);

    private final MeterRegistry meters;

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
        // each attempt is the error handler's to log; only the parking is counted
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        meters.counter("sspf.events.dead.lettered", "topic", record.topic()).increment();
        log.warn("the record at {}-{}@{} (youth {}) is parked on {}; /actuator/deadletters re-drives it",
                record.topic(), record.partition(), record.offset(), record.key(),
                TopicNames.deadLetterOf(record.topic()));
    }
}
