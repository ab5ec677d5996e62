package se.sspf.platform.inbox;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;

/**
 * Makes the closings and revocations this service retries without limit visible, so that ops can
 * alert while one waits: the gauge {@code sspf.events.waiting{topic}} (records being retried now),
 * the counter {@code sspf.events.retries{topic,type}} (failed attempts) and a WARN line per attempt
 * that names the record, never its data. Spring Kafka reports each failed attempt (retry listener),
 * each record handled (record interceptor) and each partition taken away (rebalance listener), so
 * the gauge falls back once the record is handled or another instance takes its partition over.
 * All three are called on the consumer's thread, which is how the consumer group is known.
 */
@RequiredArgsConstructor
public final class WaitingEvents
        implements RetryListener, RecordInterceptor<Object, Object>, ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(WaitingEvents.class);

    private final MustBeHandledEvents mustBeHandled;
    private final MeterRegistry meters;
    /** The offset each waiting partition is held at; several consumer groups of a service may read one topic. */
    private final Map<Held, Long> waiting = new ConcurrentHashMap<>();
    private final Set<String> gaugedTopics = ConcurrentHashMap.newKeySet();

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
        if (!mustBeHandled.holds(record, failure)) {
            return;
        }
        String type = mustBeHandled.typeOf(record).orElseThrow();
        String group = KafkaUtils.getConsumerGroupId();
        waiting.put(new Held(group, new TopicPartition(record.topic(), record.partition())), record.offset());
        if (gaugedTopics.add(record.topic())) {
            Gauge.builder("sspf.events.waiting", this, events -> events.waitingOn(record.topic()))
                    .tag("topic", record.topic())
                    .description("closings and revocations that failed and are retried until handled")
                    .register(meters);
        }
        meters.counter("sspf.events.retries", "topic", record.topic(), "type", type).increment();
        // The key is the youth's pseudonymous reference; the data and the exception's message stay out.
        log.warn("{} at {}-{}@{} (youth {}) failed in consumer group {} on attempt {} ({}): a closing or revocation"
                        + " is never parked, so it is retried until it is handled and its partition waits",
                type, record.topic(), record.partition(), record.offset(), record.key(), group, deliveryAttempt,
                rootCauseOf(failure).getClass().getName());
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        if (!waiting.isEmpty()) {
            waiting.computeIfPresent(new Held(KafkaUtils.getConsumerGroupId(),
                            new TopicPartition(record.topic(), record.partition())),
                    (held, offset) -> record.offset() >= offset ? null : offset);
        }
    }

    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    /** How many partitions of the topic wait at a closing or revocation that failed. */
    long waitingOn(String topic) {
        return waiting.keySet().stream().filter(held -> held.partition().topic().equals(topic)).count();
    }

    private void forget(Collection<TopicPartition> partitions) {
        String group = KafkaUtils.getConsumerGroupId();
        partitions.forEach(partition -> waiting.remove(new Held(group, partition)));
    }

    private static Throwable rootCauseOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private record Held(String group, TopicPartition partition) {
    }
}
