package se.sspf.platform.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import se.sspf.platform.events.OwnKafkaClient;
import se.sspf.platform.events.TopicNames;

/**
 * The records this service parked on dead-letter topics, and their re-drive to the listeners that parked them.
 *
 * <p>A dead-letter topic is shared by every service that reads its source topic, so a record counts as
 * this service's when the consumer group that parked it (the recoverer's {@code kafka_dlt-original-consumer-group}
 * header) is one of this service's listeners' groups. How far the service re-drove is the committed offset
 * of the consumer group {@code <service>-dlt-redrive} on each dead-letter topic: Kafka keeps it next to the
 * records it is about, it needs no table, and it cannot disagree with the topic after a restore of the
 * database.
 *
 * <p>A re-drive hands each record, in process, to the listener of the group and topic that parked it
 * ({@link Redelivery}) instead of re-publishing it: the service needs no Write on a topic it only reads, where it
 * could forge another service's events, and the topic's other consumer groups do not get the event twice. The
 * offset moves past a record only once its listener returned, so a re-drive cut short hands some records over
 * again; that is safe because listeners handle an event once ({@code EventInbox}: the event's id and its effect
 * commit together, and a second transaction with the same id waits for the first, then does nothing), which is
 * also why two instances re-driving at once, or a re-drive beside the container's own redelivery, do no harm.
 * A record whose listener throws stops its partition there: it and the records after it stay parked, in order.
 *
 * <p>A re-driven event is handled after events of the same youth that came later on its partition.
 * Closings and revocations, whose order matters most, are never parked.
 */
public class ParkedEvents implements OwnKafkaClient {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> consumerConfig;
    private final String redriveGroup;
    private final KafkaListenerEndpointRegistry listeners;
    private final Redelivery redelivery;

    public ParkedEvents(Map<String, Object> kafkaConsumerProperties, String serviceName,
                        KafkaListenerEndpointRegistry listeners) {
        Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
        this.redriveGroup = serviceName + "-dlt-redrive";
        config.put(ConsumerConfig.GROUP_ID_CONFIG, redriveGroup);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Looking at a dead-letter topic nobody has parked to yet must not create it.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.consumerConfig = Map.copyOf(config);
        this.listeners = listeners;
        this.redelivery = new Redelivery(listeners);
    }

    /** Per dead-letter topic of this service's listeners: how many records it parked there and has not re-driven. */
    public Map<String, Long> notRedriven() {
        Map<String, Long> parked = new TreeMap<>();
        for (String deadLetterTopic : deadLetterTopics()) {
            long[] count = {0};
            try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
                readNotRedriven(consumer, deadLetterTopic, record -> {
                    count[0]++;
                    return true;
                });
            }
            parked.put(deadLetterTopic, count[0]);
        }
        return parked;
    }

    /**
     * Hands every record this service parked and has not re-driven to the listener that parked it, in order per
     * partition, and remembers how far each partition went: up to its first record that failed again.
     *
     * @return per dead-letter topic, how many records were handled and which failed
     */
    public synchronized Map<String, Redriven> redrive() {
        Map<String, Redriven> redriven = new TreeMap<>();
        for (String deadLetterTopic : deadLetterTopics()) {
            long[] handled = {0};
            List<Redriven.Failure> failed = new ArrayList<>();
            try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
                Map<TopicPartition, Long> reached = readNotRedriven(consumer, deadLetterTopic, record -> {
                    try {
                        redelivery.handOver(record);
                        handled[0]++;
                        return true;
                    } catch (RuntimeException e) {
                        String cause = rootCause(e).getClass().getName();
                        failed.add(new Redriven.Failure(record.partition(), record.offset(), cause));
                        // not the message, which may say what the event is about
                        log.warn("The parked record {}-{}@{} failed again ({}); it stays parked, and so do the"
                                + " partition's later records", record.topic(), record.partition(), record.offset(),
                                cause);
                        return false;
                    }
                });
                consumer.commitSync(reached.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue()))));
            }
            redriven.put(deadLetterTopic, new Redriven(handled[0], List.copyOf(failed)));
        }
        return redriven;
    }

    /**
     * Visits this service's records from the last re-drive to the current end, in order per partition, until the
     * visitor answers false for one, which stops its partition; records other groups parked are passed by.
     *
     * @return per partition, the offset up to which it was gone through: where the next re-drive starts
     */
    private Map<TopicPartition, Long> readNotRedriven(KafkaConsumer<String, byte[]> consumer, String deadLetterTopic,
                                                      Predicate<ConsumerRecord<String, byte[]>> visitor) {
        List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return Map.of();
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        Map<TopicPartition, Long> reached = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata from = committed.get(partition);
            if (from == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, from.offset());
            }
            reached.put(partition, consumer.position(partition));
        }
        Set<String> groups = consumerGroups();
        Set<TopicPartition> stopped = new HashSet<>();
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (partitions.stream().anyMatch(partition -> !stopped.contains(partition)
                && consumer.position(partition) < end.get(partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + deadLetterTopic + " to its end in " + READ_TIMEOUT);
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (stopped.contains(partition) || record.offset() >= end.get(partition)) {
                    continue;
                }
                if (groups.contains(Redelivery.text(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))
                        && !visitor.test(record)) {
                    stopped.add(partition);
                    consumer.pause(List.of(partition));
                } else {
                    reached.put(partition, record.offset() + 1);
                }
            }
        }
        // a partition gone through to its end: past offsets that hold no record (a transaction's marker) too
        partitions.stream().filter(partition -> !stopped.contains(partition))
                .forEach(partition -> reached.put(partition, end.get(partition)));
        return reached;
    }

    /** The dead-letter topics of this service's listeners: where it looks for what it parked. */
    @Override
    public Set<String> topicsRead() {
        return deadLetterTopics();
    }

    /** A re-drive hands the records to this service's listeners: it writes no topic. */
    @Override
    public Set<String> topicsWritten() {
        return Set.of();
    }

    @Override
    public Optional<String> consumerGroup() {
        return Optional.of(redriveGroup);
    }

    private Set<String> deadLetterTopics() {
        return listenedTopics().stream().map(TopicNames::deadLetterOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> listenedTopics() {
        Set<String> topics = new TreeSet<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] consumed = container.getContainerProperties().getTopics();
            if (consumed != null) {
                topics.addAll(List.of(consumed));
            }
        }
        return topics;
    }

    private Set<String> consumerGroups() {
        return listeners.getListenerContainers().stream()
                .map(MessageListenerContainer::getGroupId)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        return new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
