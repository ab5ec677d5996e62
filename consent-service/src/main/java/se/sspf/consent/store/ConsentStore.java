package se.sspf.consent.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.consent.domain.Consent;

/**
 * Consents in this service's own database. Every write also appends the consent as it then stands
 * to the history, in the same transaction.
 */
@Repository
@RequiredArgsConstructor
public class ConsentStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** Holds, until this transaction ends, the right to announce the youth's consent state. */
    public void lockYouth(String municipality, String youthRef) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("youth:" + municipality + ":" + youthRef)
                .query().singleRow();
    }

    /** Holds, until this transaction ends, the right to register a consent for the case. */
    public void lockCase(UUID caseId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("case:" + caseId).query().singleRow();
    }

    public Optional<StoredConsent> find(UUID id) {
        return jdbc.sql("select document, row_version from consent where id = ?").param(id).query(this::stored)
                .optional();
    }

    public List<Consent> findByYouth(String municipality, String youthRef) {
        return jdbc.sql("select document, row_version from consent where municipality = ? and youth_ref = ? order by "
                + "id")
                .params(municipality, youthRef)
                .query(this::stored)
                .list()
                .stream().map(StoredConsent::consent).toList();
    }

    public List<StoredConsent> findByCase(UUID caseId) {
        return jdbc.sql("select document, row_version from consent where case_id = ? order by id").param(caseId)
                .query(this::stored).list();
    }

    /** Active consents whose end has come and not yet been announced, locked for this transaction. */
    public List<StoredConsent> dueForExpiryAnnouncement(Instant now, int limit) {
        return jdbc.sql("""
                        select document, row_version from consent
                        where status = 'ACTIVE' and not expiry_announced and expires_at <= ?
                        order by expires_at limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query(this::stored)
                .list();
    }

    public List<HistoryEntry> history(UUID id) {
        return jdbc.sql("select seq, occurred_at, change, actor, version, document from consent_history where "
                + "consent_id = ? order by seq")
                .param(id)
                .query((row, n) -> new HistoryEntry(row.getLong("seq"), row.getTimestamp("occurred_at").toInstant(),
                        row.getString("change"), row.getString("actor"), row.getInt("version"), consentOf(row)))
                .list();
    }

    public void insert(Consent consent, String change, String actor) {
        jdbc.sql("""
                        insert into consent (id, municipality, case_id, youth_ref, status, expires_at,
                            expiry_announced, row_version, document)
                        values (?, ?, ?, ?, ?, ?, ?, 1, ?::jsonb)""")
                .params(consent.id(), consent.municipality(), consent.caseId(), consent.youthRef(),
                consent.status().name(),
                        Timestamp.from(consent.expiresAt()), consent.expiryAnnounced(),
                        json.writeValueAsString(consent))
                .update();
        appendHistory(consent, change, actor);
    }

    /**
     * Writes the changed consent if nobody else has since it was read.
     *
     * @return the new row version
     * @throws ConcurrentConsentChange when the row version moved on
     */
    public long update(Consent consent, long expectedRowVersion, String change, String actor) {
        int updated = jdbc.sql("""
                        update consent set status = ?, expires_at = ?, expiry_announced = ?,
                            row_version = row_version + 1,
                            document = ?::jsonb
                        where id = ? and row_version = ?""")
                .params(consent.status().name(), Timestamp.from(consent.expiresAt()), consent.expiryAnnounced(),
                        json.writeValueAsString(consent), consent.id(), expectedRowVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentConsentChange(find(consent.id()).map(StoredConsent::rowVersion).orElse(-1L));
        }
        appendHistory(consent, change, actor);
        return expectedRowVersion + 1;
    }

    public Optional<UUID> registrationFor(String municipality, String idempotencyKey, String requestHash) {
        return jdbc.sql("select request_hash, consent_id from registration_request where municipality = ? and "
                + "idempotency_key = ?")
                .params(municipality, idempotencyKey)
                .query((row, n) -> {
                    if (!row.getString("request_hash").equals(requestHash)) {
                        throw new IdempotencyKeyReused();
                    }
                    return row.getObject("consent_id", UUID.class);
                })
                .optional();
    }

    public void rememberRegistration(String municipality, String idempotencyKey, String requestHash, UUID consentId) {
        jdbc.sql("insert into registration_request (municipality, idempotency_key, request_hash, consent_id) values "
                + "(?, ?, ?, ?)")
                .params(municipality, idempotencyKey, requestHash, consentId)
                .update();
    }

    private void appendHistory(Consent consent, String change, String actor) {
        jdbc.sql("insert into consent_history (consent_id, occurred_at, change, actor, version, document) values (?, "
                + "?, ?, ?, ?, ?::jsonb)")
                .params(consent.id(), Timestamp.from(consent.changedAt()), change, actor, consent.version(),
                json.writeValueAsString(consent))
                .update();
    }

    private StoredConsent stored(ResultSet row, int n) throws SQLException {
        return new StoredConsent(consentOf(row), row.getLong("row_version"));
    }

    private Consent consentOf(ResultSet row) throws SQLException {
        return json.readValue(row.getString("document"), Consent.class);
    }
}
