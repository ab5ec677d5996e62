package se.sspf.platform.inbox;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.sspf.contracts.EventType;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.MalformedEventException;

/**
 * Tells the records that must never be parked ({@link EventType#MUST_BE_HANDLED}: closings and
 * revocations) from the others, by their CloudEvents type, without parsing their data.
 */
@RequiredArgsConstructor
public final class MustBeHandledEvents {

    private static final Set<String> TYPES = EventType.MUST_BE_HANDLED.stream()
            .map(EventType::type)
            .collect(Collectors.toUnmodifiableSet());

    private final CloudEventCodec codec;

    /** Whether a failure of the record is to be retried until it is handled. A malformed record never will be. */
    public boolean holds(ConsumerRecord<?, ?> record, Exception failure) {
        return typeOf(record).filter(TYPES::contains).isPresent() && !isMalformed(failure);
    }

    /** The record's CloudEvents type, if it has one. */
    public Optional<String> typeOf(ConsumerRecord<?, ?> record) {
        return record.value() instanceof byte[] message ? codec.typeOf(message) : Optional.empty();
    }

    private static boolean isMalformed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException) {
                return true;
            }
        }
        return false;
    }
}
