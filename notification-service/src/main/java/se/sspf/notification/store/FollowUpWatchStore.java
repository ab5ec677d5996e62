package se.sspf.notification.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each case's next follow-up, as plan-service last announced it. */
@Repository
@RequiredArgsConstructor
public class FollowUpWatchStore {

    private final JdbcClient jdbc;

    public record Watched(UUID caseId, Instant followUpAt) {
    }

    public void watch(UUID caseId, Instant followUpAt) {
        jdbc.sql("""
                insert into follow_up_watch (case_id, follow_up_at) values (?, ?)
                on conflict (case_id) do update set follow_up_at = excluded.follow_up_at""")
                .params(caseId, Timestamp.from(followUpAt))
                .update();
    }

    public List<Watched> between(Instant from, Instant to) {
        return jdbc.sql("""
                select case_id, follow_up_at from follow_up_watch where follow_up_at > ? and follow_up_at <= ?""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((row, n) -> new Watched(row.getObject("case_id", UUID.class),
                        row.getTimestamp("follow_up_at").toInstant()))
                .list();
    }
}
