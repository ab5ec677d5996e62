package se.sspf.platform.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.GenericMessageListener;
import org.springframework.kafka.listener.ListenerUtils;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Hands a parked record to the listener of this service that parked it, in process, as that listener's container
 * would redeliver it: from its original topic, partition and offset, with its own headers and not the recoverer's.
 * Nothing is written to the topic it came from, so a service needs no Write on the topics it only reads, and the
 * other consumer groups of the topic do not see the event again.
 */
class Redelivery {

    private static final String DLT_HEADER_PREFIX = "kafka_dlt-";

    private final KafkaListenerEndpointRegistry listeners;

    Redelivery(KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
    }

    /**
     * Runs the listener of the record's original consumer group and topic on it.
     *
     * @throws RuntimeException whatever the listener throws, or if no listener of this service parked the record
     */
    void handOver(ConsumerRecord<String, byte[]> parked) {
        ConsumerRecord<String, byte[]> original = asRedelivered(parked);
        String group = text(parked.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        GenericMessageListener<ConsumerRecord<String, byte[]>> listener = listenerOf(group, original.topic())
                .orElseThrow(() -> new IllegalStateException("no listener of the group " + group + " reads "
                        + original.topic()));
        // The listener acknowledges nothing and gets no consumer: the re-drive commits its own offsets, on the
        // dead-letter topic, and the listener's consumer belongs to the container's thread.
        switch (ListenerUtils.determineListenerType(listener)) {
            case SIMPLE -> listener.onMessage(original);
            case ACKNOWLEDGING -> listener.onMessage(original, (Acknowledgment) null);
            case CONSUMER_AWARE -> listener.onMessage(original, (Consumer<?, ?>) null);
            case ACKNOWLEDGING_CONSUMER_AWARE -> listener.onMessage(original, null, null);
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<GenericMessageListener<ConsumerRecord<String, byte[]>>> listenerOf(String group, String topic) {
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            Object listener = container.getContainerProperties().getMessageListener();
            if (group != null && group.equals(container.getGroupId()) && topics != null
                    && List.of(topics).contains(topic) && listener instanceof GenericMessageListener<?> records) {
                return Optional.of((GenericMessageListener<ConsumerRecord<String, byte[]>>) records);
            }
        }
        return Optional.empty();
    }

    /** The record as its topic held it: where it was, when, and its headers without the story of its failure. */
    static ConsumerRecord<String, byte[]> asRedelivered(ConsumerRecord<String, byte[]> parked) {
        Headers headers = new RecordHeaders();
        for (Header header : parked.headers()) {
            if (!header.key().startsWith(DLT_HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        return new ConsumerRecord<>(text(parked.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC),
                ByteBuffer.wrap(bytes(parked.headers(), KafkaHeaders.DLT_ORIGINAL_PARTITION)).getInt(),
                ByteBuffer.wrap(bytes(parked.headers(), KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong(),
                ByteBuffer.wrap(bytes(parked.headers(), KafkaHeaders.DLT_ORIGINAL_TIMESTAMP)).getLong(),
                TimestampType.forName(text(parked.headers(), KafkaHeaders.DLT_ORIGINAL_TIMESTAMP_TYPE)),
                parked.serializedKeySize(), parked.serializedValueSize(), parked.key(), parked.value(), headers,
                Optional.empty());
    }

    static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        if (header == null) {
            throw new IllegalStateException("a parked record without the recoverer's header " + key);
        }
        return header.value();
    }
}
