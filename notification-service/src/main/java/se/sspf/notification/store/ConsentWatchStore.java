package se.sspf.notification.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consents in force and their last day, from consent-service's events, to warn before they end. */
@Repository
@RequiredArgsConstructor
public class ConsentWatchStore {

    private final JdbcClient jdbc;

    public record Watched(UUID consentId, UUID caseId, LocalDate validUntil) {
    }

    public void watch(UUID consentId, UUID caseId, LocalDate validUntil) {
        jdbc.sql("""
                insert into consent_watch (consent_id, case_id, valid_until, active) values (?, ?, ?, true)
                on conflict (consent_id) do update set valid_until = excluded.valid_until where consent_watch.active""")
                .params(consentId, caseId, validUntil)
                .update();
    }

    public void stop(UUID consentId) {
        jdbc.sql("update consent_watch set active = false where consent_id = ?").param(consentId).update();
    }

    /** The consents in force whose last day is at most {@code days} away. */
    public List<Watched> endingWithin(LocalDate today, int days) {
        return jdbc.sql("""
                select consent_id, case_id, valid_until from consent_watch
                where active and valid_until >= ? and valid_until <= ?""")
                .params(today, today.plusDays(days))
                .query((row, n) -> new Watched(row.getObject("consent_id", UUID.class),
                        row.getObject("case_id", UUID.class), row.getObject("valid_until", LocalDate.class)))
                .list();
    }
}
