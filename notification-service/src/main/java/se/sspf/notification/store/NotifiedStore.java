package se.sspf.notification.store;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who has been told of which event, so that an event redelivered tells nobody twice. */
@Repository
@RequiredArgsConstructor
public class NotifiedStore {

    private final JdbcClient jdbc;

    /** Records that the recipient is told of the event; false when they were told already. */
    public boolean firstTime(UUID eventId, String recipient) {
        return jdbc.sql("insert into notified (event_id, recipient) values (?, ?) on conflict do nothing")
                .params(eventId, recipient)
                .update() == 1;
    }
}
