package se.sspf.notification.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.contracts.Agency;
import se.sspf.notification.domain.Channel;
import se.sspf.notification.domain.Delivery;
import se.sspf.notification.domain.Language;
import se.sspf.notification.domain.Notice;
import tools.jackson.databind.json.JsonMapper;

/** The queue of messages leaving by e-mail or webhook, in this service's database. */
@Repository
@RequiredArgsConstructor
public class DeliveryStore {

    private static final String COLUMNS = "id, channel, target, notice, agency, language, attempts";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    /** Queued in a transaction that has committed: the worker need not wait for its next poll. */
    public record Queued() {
    }

    /**
     * Queues a notice for one recipient in the caller's transaction: it leaves once that commits.
     *
     * @param namelessSubject the subject without a name, for the dead-letter list
     */
    public void queue(Channel channel, String target, Notice notice, Agency agency, Language language,
                      String namelessSubject) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into delivery (id, channel, target, subject, notice, agency, language, status, attempts,
                    next_attempt_at, created_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(UUID.randomUUID(), channel.name(), target, namelessSubject, json.writeValueAsString(notice),
                        agency.name(), language.name(), now, now)
                .update();
        events.publishEvent(new Queued());
    }

    /**
     * Up to {@code limit} deliveries due, oldest first, locked for this transaction: a concurrent claim (another
     * sender thread or instance) skips them and takes others, so no delivery is claimed twice.
     */
    public List<Delivery> claimDue(int limit) {
        return jdbc.sql("select " + COLUMNS + " from delivery where status = 'PENDING' and next_attempt_at <= ?"
                        + " order by next_attempt_at limit ? for update skip locked")
                .params(Timestamp.from(clock.instant()), limit)
                .query((row, n) -> new Delivery(row.getObject("id", UUID.class),
                        Channel.valueOf(row.getString("channel")), row.getString("target"),
                        json.readValue(row.getString("notice"), Notice.class), Agency.valueOf(row.getString("agency")),
                        Language.valueOf(row.getString("language")), row.getInt("attempts")))
                .list();
    }

    /** Marks the deliveries that arrived in one statement: one round trip for a whole claim. */
    public void delivered(Collection<Delivery> arrived) {
        if (arrived.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update delivery set status = 'DELIVERED', attempts = attempts + 1, delivered_at = :now,
                    last_error = null
                where id in (:ids)""")
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", arrived.stream().map(Delivery::id).toList())
                .update();
    }

    public void retryLater(Delivery delivery, String error, Instant next) {
        jdbc.sql("update delivery set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                .params(error, Timestamp.from(next), delivery.id())
                .update();
    }

    public void dead(Delivery delivery, String error) {
        jdbc.sql("update delivery set status = 'DEAD', attempts = attempts + 1, last_error = ? where id = ?")
                .params(error, delivery.id())
                .update();
    }

    /** The dead deliveries to these targets (an agency's subscriptions), newest first. */
    public List<DeadLetter> deadTo(Collection<String> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, target, subject, attempts, last_error, created_at from delivery
                where status = 'DEAD' and target in (:targets) order by created_at desc""")
                .param("targets", targets)
                .query((row, n) -> new DeadLetter(row.getObject("id", UUID.class),
                        UUID.fromString(row.getString("target")), row.getString("subject"), row.getInt("attempts"),
                        row.getString("last_error"), row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** @return false when there is no such dead delivery to these targets */
    public boolean redeliver(UUID id, Collection<String> targets) {
        if (targets.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                update delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now
                where id = :id and status = 'DEAD' and target in (:targets)""")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("targets", targets)
                .update() == 1;
    }

    /** A delivery that gave up, for an agency's administrator to look at and send again. */
    public record DeadLetter(UUID id, UUID subscriptionId, String subject, int attempts, String lastError,
                             Instant createdAt) {
    }
}
