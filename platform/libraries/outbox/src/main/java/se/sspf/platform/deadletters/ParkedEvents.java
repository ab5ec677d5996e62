package se.sspf.platform.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import se.sspf.platform.events.OwnKafkaClient;
import se.sspf.platform.events.TopicNames;

/**
 * The records this service parked on dead-letter topics, and their re-drive to the topics they came from.
 *
 * <p>A dead-letter topic is shared by every service that reads its source topic, so a record counts as
 * this service's when the consumer group that parked it (the recoverer's {@code kafka_dlt-original-consumer-group}
 * header) is one of this service's listeners' groups. How far the service re-drove is the committed offset
 * of the consumer group {@code <service>-dlt-redrive} on each dead-letter topic: Kafka keeps it next to the
 * records it is about, it needs no table, and it cannot disagree with the topic after a restore of the
 * database. Offsets are committed only after the broker acknowledged every re-published record, so a
 * re-drive cut short re-publishes again; that is safe because consumers handle an event once
 * ({@code EventInbox}), which is also why two instances re-driving at once do no harm.
 *
 * <p>A re-driven event goes to the end of its partition, after events of the same youth that came
 * later. Closings and revocations, whose order matters most, are never parked.
 */
public class ParkedEvents implements OwnKafkaClient {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final String DLT_HEADER_PREFIX = "kafka_dlt-";

    private final Map<String, Object> consumerConfig;
    private final String redriveGroup;
    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaListenerEndpointRegistry listeners;

    public ParkedEvents(Map<String, Object> kafkaConsumerProperties, String serviceName,
                        KafkaTemplate<String, byte[]> kafka, KafkaListenerEndpointRegistry listeners) {
        Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
        this.redriveGroup = serviceName + "-dlt-redrive";
        config.put(ConsumerConfig.GROUP_ID_CONFIG, redriveGroup);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Looking at a dead-letter topic nobody has parked to yet must not create it.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.consumerConfig = Map.copyOf(config);
        this.kafka = kafka;
        this.listeners = listeners;
    }

    /** Per dead-letter topic of this service's listeners: how many records it parked there and has not re-driven. */
    public Map<String, Long> notRedriven() {
        Map<String, Long> parked = new TreeMap<>();
        for (String deadLetterTopic : deadLetterTopics()) {
            long[] count = {0};
            readNotRedriven(deadLetterTopic, record -> count[0]++);
            parked.put(deadLetterTopic, count[0]);
        }
        return parked;
    }

    /**
     * Re-publishes every record this service parked and has not re-driven to the topic it came from, with its
     * key (so onto the youth's partition) and its own headers, and remembers how far it went.
     *
     * @return per dead-letter topic, how many records were re-published
     */
    public synchronized Map<String, Long> redrive() {
        Map<String, Long> redriven = new TreeMap<>();
        for (String deadLetterTopic : deadLetterTopics()) {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
                Map<TopicPartition, Long> end = readNotRedriven(consumer, deadLetterTopic,
                        record -> sends.add(kafka.send(backToSource(record))));
                kafka.flush();
                awaitAcknowledgements(sends);
                consumer.commitSync(end.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue()))));
            }
            redriven.put(deadLetterTopic, (long) sends.size());
        }
        return redriven;
    }

    private void readNotRedriven(String deadLetterTopic, Consumer<ConsumerRecord<String, byte[]>> visitor) {
        try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
            readNotRedriven(consumer, deadLetterTopic, visitor);
        }
    }

    /** Hands this service's records from the last re-drive to the current end over; returns that end. */
    private Map<TopicPartition, Long> readNotRedriven(KafkaConsumer<String, byte[]> consumer, String deadLetterTopic,
                                                      Consumer<ConsumerRecord<String, byte[]>> visitor) {
        List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return Map.of();
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata from = committed.get(partition);
            if (from == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, from.offset());
            }
        }
        Set<String> groups = consumerGroups();
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + deadLetterTopic + " to its end in " + READ_TIMEOUT);
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition) && groups.contains(header(record.headers(),
                        KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
                    visitor.accept(record);
                }
            }
        }
        return end;
    }

    private static ProducerRecord<String, byte[]> backToSource(ConsumerRecord<String, byte[]> parked) {
        String source = Objects.requireNonNull(header(parked.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(source, parked.key(), parked.value());
        for (Header header : parked.headers()) {
            // the recoverer's headers describe the failure (with a stack trace); the retry starts clean
            if (!header.key().startsWith(DLT_HEADER_PREFIX)) {
                record.headers().add(header);
            }
        }
        return record;
    }

    /** The dead-letter topics of this service's listeners: where it looks for what it parked. */
    @Override
    public Set<String> topicsRead() {
        return deadLetterTopics();
    }

    /** A re-drive sends each record back to the topic it came from: one a listener of this service reads. */
    @Override
    public Set<String> topicsWritten() {
        return listenedTopics();
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

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving", e);
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not acknowledge the re-driven records; nothing was"
                    + " marked as re-driven, so the next re-drive sends them again", e);
        }
    }
}
