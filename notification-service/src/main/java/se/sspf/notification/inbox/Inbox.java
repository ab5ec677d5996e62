package se.sspf.notification.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.notification.domain.Message;
import se.sspf.notification.domain.NoticeKind;

/** Each user's in-app messages. */
@Repository
public class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record Entry(UUID id, UUID caseId, NoticeKind kind, String subject, String body, String link, Instant createdAt, boolean read) {
    }

    public void put(String userRef, String municipality, UUID caseId, NoticeKind kind, Message message, String link) {
        jdbc.sql("insert into inbox_message (id, user_ref, municipality, case_id, kind, subject, body, link, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), userRef, municipality, caseId, kind.name(), message.subject(), message.body(), link,
                        Timestamp.from(clock.instant()))
                .update();
    }

    List<Entry> of(String userRef, String municipality, boolean unreadOnly) {
        return jdbc.sql("select id, case_id, kind, subject, body, link, created_at, read_at from inbox_message where user_ref = ? and municipality = ?"
                        + (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id limit 200")
                .params(userRef, municipality)
                .query((row, n) -> new Entry(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
                        NoticeKind.valueOf(row.getString("kind")), row.getString("subject"), row.getString("body"), row.getString("link"),
                        row.getTimestamp("created_at").toInstant(), row.getTimestamp("read_at") != null))
                .list();
    }

    /** @return false when the user has no such message */
    boolean markRead(String userRef, UUID id) {
        return jdbc.sql("update inbox_message set read_at = coalesce(read_at, ?) where id = ? and user_ref = ?")
                .params(Timestamp.from(clock.instant()), id, userRef)
                .update() == 1;
    }
}
