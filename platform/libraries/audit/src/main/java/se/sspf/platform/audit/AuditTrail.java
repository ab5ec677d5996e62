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
 * read whose audit fails returns nothing. Each youth has a chain of its own: an append locks that
 * youth's head row until it commits, so appends for one youth go one at a time and appends for
 * different youths, in this instance or another on the same database, never wait for each other.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditTrail {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Outbox outbox;
    private final Clock clock;

    /** Appends the entry to its youth's chain and announces it on the audit topic; returns its sequence number. */
    public long record(AuditEntry entry) {
        Long sequence = transaction.execute(status -> {
            // The no-op update takes the head's row lock (or creates the head): the youth's next append waits here.
            ChainHead head = jdbc.sql("""
                    insert into sspf_audit.chain_head (youth_ref, length, hash) values (?, 0, ?)
                    on conflict (youth_ref) do update set length = chain_head.length
                    returning length, hash""")
                    .params(entry.youthRef(), ChainHash.GENESIS)
                    .query(ChainHead.class)
                    .single();
            long place = head.length() + 1;
            UUID entryId = UUID.randomUUID();
            // PostgreSQL keeps microseconds: hash exactly what is stored, or the check could never agree.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String hash = ChainHash.of(head.hash(), place, entryId, now, entry);
            long next = jdbc.sql("""
                    with moved as (update sspf_audit.chain_head set length = ?, hash = ? where youth_ref = ?)
                    insert into sspf_audit.entry (youth_sequence, entry_id, occurred_at, youth_ref, actor, agency,
                        municipality, action, resource, purpose, legal_basis, consent_id, consent_version,
                        previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    returning sequence""")
                    .params(place, hash, entry.youthRef(),
                            place, entryId, java.sql.Timestamp.from(now), entry.youthRef(), entry.actor(),
                            entry.agency().name(), entry.municipality(), entry.action().name(), entry.resource(),
                            entry.purpose(), entry.legalBasis().name(), entry.consentId(), entry.consentVersion(),
                            head.hash(), hash)
                    .query(Long.class)
                    .single();
            outbox.publish(EventType.AUDIT_RECORDED, entry.youthRef(), new AuditRecorded(next, place,
                    entry.youthRef(), entry.actor(), entry.agency(), entry.municipality(), entry.action(),
                    entry.resource(), entry.purpose(), entry.legalBasis(), entry.consentId(), entry.consentVersion(),
                    hash));
            return next;
        });
        return sequence == null ? 0 : sequence;
    }

    private record ChainHead(long length, String hash) {
    }
}
