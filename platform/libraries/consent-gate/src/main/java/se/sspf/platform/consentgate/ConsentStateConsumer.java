package se.sspf.platform.consentgate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.sspf.contracts.EventType;
import se.sspf.contracts.consent.ConsentHeartbeat;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.MalformedEventException;
import se.sspf.platform.events.OwnKafkaClient;
import se.sspf.platform.worker.WorkerThread;

/**
 * Reads the whole compacted state topic into the view, from the beginning and for as long as the
 * service runs. Every instance reads every partition, so it has no consumer group and commits no
 * offsets. The view counts as caught up once it has read to where the topic ended at start-up and
 * has heard a heartbeat from every partition.
 */
public final class ConsentStateConsumer extends WorkerThread implements OwnKafkaClient {

    private static final Logger log = LoggerFactory.getLogger(ConsentStateConsumer.class);
    private static final String HEARTBEAT_KEY = "heartbeat-";
    /** Below this, handing a poll's records to other threads costs more than it saves. */
    private static final int READ_IN_PARALLEL_FROM = 64;

    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private final CloudEventCodec codec;
    private final ConsentStateView view;
    private final PropagationTimer propagation;
    private volatile KafkaConsumer<String, byte[]> consumer;

    ConsentStateConsumer(Map<String, Object> kafkaConfig, String topic, CloudEventCodec codec, ConsentStateView view,
                         PropagationTimer propagation) {
        super("sspf-consent-view", true);
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.topic = topic;
        this.codec = codec;
        this.view = view;
        this.propagation = propagation;
    }

    /**
     * A consumer into a view of its own, outside Spring: for the national-scale benchmark, which starts a fresh gate
     * on a topic of its own in a JVM that holds nothing else.
     */
    public static ConsentStateConsumer following(Map<String, Object> kafkaConfig, String topic, ConsentStateView view) {
        return new ConsentStateConsumer(kafkaConfig, topic, new CloudEventCodec("consent-gate"), view,
                new PropagationTimer(new SimpleMeterRegistry(), Clock.systemUTC()));
    }

    @Override
    public Set<String> topicsRead() {
        return Set.of(topic);
    }

    @Override
    public Set<String> topicsWritten() {
        return Set.of();
    }

    @Override
    public Optional<String> consumerGroup() {
        return Optional.empty();
    }

    /**
     * Starts over after any failure: the view is stale meanwhile, so the gate falls back, never decides on old data.
     */
    @Override
    protected void work() {
        while (isRunning()) {
            try {
                consumeUntilStopped();
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.warn("consent view consumer failed, starting over in 1 s: {}", e.toString());
                pause();
            }
        }
    }

    private void consumeUntilStopped() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            List<TopicPartition> partitions = awaitPartitions(kafka);
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> endAtStart = kafka.endOffsets(partitions);
            view.assigned(partitions.size());
            while (isRunning()) {
                applyInOrder(kafka.poll(Duration.ofMillis(100)));
                if (!view.caughtUp() && view.watermark().isPresent()
                        && partitions.stream().allMatch(partition ->
                        kafka.position(partition) >= endAtStart.get(partition))) {
                    view.markCaughtUp();
                    log.info("consent view caught up: {} youths", view.youths());
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reading a record is most of the work of catching up (a million youths' states at start-up), and needs no
     * order: a full poll is read on every core, then applied one by one in partition order.
     */
    private void applyInOrder(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>(records.count());
        records.forEach(polled::add);
        Stream<ConsumerRecord<String, byte[]>> reading = polled.size() >= READ_IN_PARALLEL_FROM
                ? polled.parallelStream() : polled.stream();
        reading.map(this::read).toList().forEach(this::apply);
    }

    private Change read(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        try {
            if (key != null && key.startsWith(HEARTBEAT_KEY)) {
                return new Heartbeat(record.partition(), codec.read(record.value(), EventType.CONSENT_HEARTBEAT,
                        ConsentHeartbeat.class).data().watermark());
            }
            if (record.value() == null) {
                return new Forgotten(key);
            }
            return new Known(codec.read(record.value(), EventType.CONSENT_STATE, ConsentState.class).data());
        } catch (MalformedEventException e) {
            // Deny rather than decide on what came before a record we cannot read.
            log.warn("unreadable record at {}-{}@{}: forgetting its youth", record.topic(), record.partition(),
                    record.offset());
            return key != null && !key.startsWith(HEARTBEAT_KEY) ? new Forgotten(key) : new Unreadable();
        }
    }

    private void apply(Change change) {
        if (change instanceof Heartbeat heartbeat) {
            view.heartbeat(heartbeat.partition(), heartbeat.watermark());
        } else if (change instanceof Forgotten forgotten) {
            view.forget(forgotten.youthRef());
        } else if (change instanceof Known known) {
            view.apply(known.state());
            propagation.applied(known.state(), view.caughtUp());
        }
    }

    /** What one record of the topic says. */
    private sealed interface Change permits Heartbeat, Known, Forgotten, Unreadable {
    }

    private record Heartbeat(int partition, Instant watermark) implements Change {
    }

    private record Known(ConsentState state) implements Change {
    }

    private record Forgotten(String youthRef) implements Change {
    }

    /** An unreadable heartbeat: no youth to forget, and the partition's watermark stays where it was. */
    private record Unreadable() implements Change {
    }

    // The topic belongs to consent-service; the gate waits for it rather than creating it wrongly (not compacted).
    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> kafka) {
        while (isRunning()) {
            List<PartitionInfo> found = List.of();
            try {
                found = kafka.partitionsFor(topic, Duration.ofSeconds(5));
            } catch (org.apache.kafka.common.errors.TimeoutException brokerNotAnswering) {
                log.info("waiting for the broker to describe {}", topic);
            }
            if (found != null && !found.isEmpty()) {
                return found.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            pause();
        }
        throw new WakeupException();
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new java.util.HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    @Override
    protected void wakeUp() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    protected Duration stopWithin() {
        return Duration.ofSeconds(5);
    }
}
