package se.sspf.notification.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.notification.domain.Language;
import se.sspf.notification.domain.Message;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;

/**
 * Each user's in-app messages. What is stored never names the youth: a message that may name them keeps its
 * notice, and is written again with the name when it is read, as the consent then allows (the inbox's InboxReading).
 */
@Repository
@RequiredArgsConstructor
public class InboxStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public record Entry(UUID id, UUID caseId, NoticeKind kind, String subject, String body, String link,
                        Instant createdAt, boolean read) {
    }

    /** A stored message: the nameless entry, and the notice to write it again from when it may name the youth. */
    public record Stored(Entry nameless, Notice notice, Language language, boolean namedWhenRead) {
    }

    /** @param nameless the message as it reads without the youth's name */
    public void put(String userRef, String municipality, Notice notice, Language language, Message nameless,
                    String link) {
        jdbc.sql("""
                        insert into inbox_message (id, user_ref, municipality, case_id, kind, subject, body, link,
                            created_at, notice_at, notice_day, language, named_when_read)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), userRef, municipality, notice.caseId(), notice.kind().name(),
                        nameless.subject(), nameless.body(), link, Timestamp.from(clock.instant()),
                        notice.at() == null ? null : Timestamp.from(notice.at()), notice.day(), language.name(),
                        notice.kind().mayName())
                .update();
    }

    public List<Stored> of(String userRef, String municipality, boolean unreadOnly) {
        return jdbc.sql("""
                        select id, case_id, kind, subject, body, link, created_at, read_at, notice_at, notice_day,
                            language, named_when_read
                        from inbox_message where user_ref = ? and municipality = ?"""
                        + (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id limit 200")
                .params(userRef, municipality)
                .query((row, n) -> {
                    UUID caseId = row.getObject("case_id", UUID.class);
                    NoticeKind kind = NoticeKind.valueOf(row.getString("kind"));
                    Timestamp at = row.getTimestamp("notice_at");
                    return new Stored(new Entry(row.getObject("id", UUID.class), caseId, kind, row.getString("subject"),
                            row.getString("body"), row.getString("link"), row.getTimestamp("created_at").toInstant(),
                            row.getTimestamp("read_at") != null),
                            new Notice(null, kind, caseId, at == null ? null : at.toInstant(),
                                    row.getObject("notice_day", LocalDate.class)),
                            Language.valueOf(row.getString("language")), row.getBoolean("named_when_read"));
                })
                .list();
    }

    /** @return false when the user has no such message */
    public boolean markRead(String userRef, UUID id) {
        return jdbc.sql("update inbox_message set read_at = coalesce(read_at, ?) where id = ? and user_ref = ?")
                .params(Timestamp.from(clock.instant()), id, userRef)
                .update() == 1;
    }
}
