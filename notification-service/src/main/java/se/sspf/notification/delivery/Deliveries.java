package se.sspf.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue of messages leaving by e-mail or webhook, in this service's database. */
@Repository
public class Deliveries {

    private static final String COLUMNS = "id, channel, target, subject, payload, attempts";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Queued in a transaction that has committed: the worker need not wait for its next poll. */
    record Queued() {
    }

    /** Queues a message in the caller's transaction: it leaves once that commits. */
    public void queue(Channel channel, String target, String subject, String payload) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into delivery (id, channel, target, subject, payload, status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .params(UUID.randomUUID(), channel.name(), target, subject, payload, now, now)
                .update();
        events.publishEvent(new Queued());
    }

    /** The next delivery due, locked for this transaction; another instance takes another one. */
    Optional<Delivery> nextDue() {
        return jdbc.sql("select " + COLUMNS + " from delivery where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at limit 1 for update skip locked")
                .param(Timestamp.from(clock.instant()))
                .query((row, n) -> new Delivery(row.getObject("id", UUID.class), Channel.valueOf(row.getString("channel")), row.getString("target"),
                        row.getString("subject"), row.getString("payload"), row.getInt("attempts")))
                .optional();
    }

    void delivered(Delivery delivery) {
        jdbc.sql("update delivery set status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?, last_error = null where id = ?")
                .params(Timestamp.from(clock.instant()), delivery.id())
                .update();
    }

    void retryLater(Delivery delivery, String error, Instant next) {
        jdbc.sql("update delivery set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                .params(error, Timestamp.from(next), delivery.id())
                .update();
    }

    void dead(Delivery delivery, String error) {
        jdbc.sql("update delivery set status = 'DEAD', attempts = attempts + 1, last_error = ? where id = ?")
                .params(error, delivery.id())
                .update();
    }

    /** The dead deliveries to these targets (an agency's subscriptions), newest first. */
    public List<DeadLetter> deadTo(Collection<String> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, target, subject, attempts, last_error, created_at from delivery where status = 'DEAD' and target in (:targets) order by created_at desc")
                .param("targets", targets)
                .query((row, n) -> new DeadLetter(row.getObject("id", UUID.class), UUID.fromString(row.getString("target")),
                        row.getString("subject"), row.getInt("attempts"), row.getString("last_error"), row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** @return false when there is no such dead delivery to these targets */
    public boolean redeliver(UUID id, Collection<String> targets) {
        if (targets.isEmpty()) {
            return false;
        }
        return jdbc.sql("update delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now where id = :id and status = 'DEAD' and target in (:targets)")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("targets", targets)
                .update() == 1;
    }

    /** A delivery that gave up, for an agency's administrator to look at and send again. */
    public record DeadLetter(UUID id, UUID subscriptionId, String subject, int attempts, String lastError, Instant createdAt) {
    }
}
