package se.sspf.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.EventType;
import se.sspf.contracts.audit.AuditRecorded;
import se.sspf.platform.outbox.Outbox;

/**
 * Records every read or change of a youth's personal data. It joins the caller's transaction, so a
 * change and its audit entry commit together; a read records before the data is returned, and a
 * read whose audit fails returns nothing.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x5350_4155_4454L; // "SPAUDT": appends to one chain go one at a time

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Outbox outbox;
    private final Clock clock;

    /** Appends the entry to the chain and announces it on the audit topic; returns its sequence number. */
    public long record(AuditEntry entry) {
        Long sequence = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
            ChainEnd end = jdbc.sql("select sequence, hash from sspf_audit.entry order by sequence desc limit 1")
                    .query(ChainEnd.class)
                    .optional()
                    .orElse(new ChainEnd(0, ChainHash.GENESIS));
            long next = end.sequence() + 1;
            UUID entryId = UUID.randomUUID();
            // PostgreSQL keeps microseconds: hash exactly what is stored, or the check could never agree.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String hash = ChainHash.of(end.hash(), next, entryId, now, entry);
            jdbc.sql("""
                    insert into sspf_audit.entry (sequence, entry_id, occurred_at, youth_ref, actor, agency,
                        municipality,
                        action, resource, purpose, legal_basis, consent_id, consent_version, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(next, entryId, java.sql.Timestamp.from(now), entry.youthRef(), entry.actor(),
                            entry.agency().name(), entry.municipality(), entry.action().name(), entry.resource(),
                            entry.purpose(), entry.legalBasis().name(), entry.consentId(), entry.consentVersion(),
                            end.hash(), hash)
                    .update();
            outbox.publish(EventType.AUDIT_RECORDED, entry.youthRef(), new AuditRecorded(next, entry.youthRef(),
                    entry.actor(), entry.agency(), entry.municipality(), entry.action(), entry.resource(),
                    entry.purpose(), entry.legalBasis(), entry.consentId(), entry.consentVersion(), hash));
            return next;
        });
        return sequence == null ? 0 : sequence;
    }

    private record ChainEnd(long sequence, String hash) {
    }
}
