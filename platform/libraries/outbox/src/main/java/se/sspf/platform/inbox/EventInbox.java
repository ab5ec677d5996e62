package se.sspf.platform.inbox;

import java.util.Optional;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.EventType;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.MalformedEventException;
import se.sspf.platform.events.ReceivedEvent;

/**
 * Lets a Kafka listener stay a thin adapter: parse, skip what was handled before, apply the effect.
 * The handled event id and the effect commit in one transaction, so a redelivered event (after a
 * relay retry or a consumer restart) has no second effect.
 */
@RequiredArgsConstructor
public class EventInbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CloudEventCodec codec;

    /**
     * Handles the record once per consumer, if it is an event of the type; a topic carries several
     * types, and the others are not this consumer's business.
     *
     * @param consumer names the handling, so two consumers in one service each see the event once
     * @return whether the effect ran (false for a redelivery or another type)
     * @throws MalformedEventException for a record that is not an SSPF event: it goes to the dead-letter topic
     */
    public <T> boolean handleOnce(String consumer, ConsumerRecord<String, byte[]> record, EventType type,
                                  Class<T> dataClass, Consumer<ReceivedEvent<T>> effect) {
        Optional<ReceivedEvent<T>> ofType = codec.readIfOfType(record.value(), type, dataClass);
        if (ofType.isEmpty()) {
            return false;
        }
        ReceivedEvent<T> event = ofType.get();
        Boolean handled = transaction.execute(status -> {
            int firstTime = jdbc.sql("insert into sspf_messaging.inbox (consumer, event_id) values (?, ?) on conflict "
                    + "do nothing")
                    .params(consumer, event.id())
                    .update();
            if (firstTime == 1) {
                effect.accept(event);
            }
            return firstTime == 1;
        });
        return Boolean.TRUE.equals(handled);
    }
}
