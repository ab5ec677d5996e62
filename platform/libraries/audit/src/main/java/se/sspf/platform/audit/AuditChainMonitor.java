package se.sspf.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs {@link AuditChainCheck} in every service at an interval and makes its verdict a metric and one log line:
 * {@code sspf.audit.chain.intact} (1 intact, 0 broken), {@code sspf.audit.chain.last.check} (when, epoch seconds)
 * and {@code sspf.audit.chain.entries} (how many were checked); NaN until a verdict is known. One instance checks
 * at a time, under a PostgreSQL advisory lock as the outbox relay takes one (no scheduler library, no table of
 * locks), and only when the last verdict is older than half the interval; the verdict is stored, and the other
 * instances report the stored one, so every instance tells the same. The log line names sequence numbers only.
 * The gauges hold the monitor strongly: it lives as long as the application.
 */
public class AuditChainMonitor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditChainMonitor.class);
    private static final long CHECK_LOCK = 0x5350_4143_484BL; // "SPACHK": one check of a chain at a time

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditChainCheck check;
    private final Clock clock;
    private final Duration interval;
    private final Duration firstAfter;
    private volatile Verdict known;
    private ScheduledExecutorService scheduler;

    AuditChainMonitor(JdbcClient jdbc, TransactionTemplate transaction, AuditChainCheck check, Clock clock,
                      Duration interval, Duration firstAfter, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.check = check;
        this.clock = clock;
        this.interval = interval;
        this.firstAfter = firstAfter;
        Gauge.builder("sspf.audit.chain.intact", this, m -> m.known == null ? Double.NaN : m.known.intact() ? 1 : 0)
                .description("1 when the last check found the audit chain intact, 0 when broken")
                .strongReference(true)
                .register(meters);
        Gauge.builder("sspf.audit.chain.last.check", this,
                        m -> m.known == null ? Double.NaN : m.known.checkedAt().toEpochMilli() / 1000.0)
                .description("when the audit chain was last checked")
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
        Gauge.builder("sspf.audit.chain.entries", this, m -> m.known == null ? Double.NaN : m.known.entriesChecked())
                .description("how many audit entries the last check read")
                .strongReference(true)
                .register(meters);
    }

    /** Checks the chain if it is due and no other instance is checking it, else takes the stored verdict. */
    void tick() {
        known = transaction.execute(status -> {
            Optional<Verdict> stored = stored();
            boolean due = stored.map(v -> v.checkedAt().isBefore(clock.instant().minus(interval.dividedBy(2))))
                    .orElse(true);
            if (due && jdbc.sql("select pg_try_advisory_xact_lock(?)").param(CHECK_LOCK).query(Boolean.class)
                    .single()) {
                return checked();
            }
            return stored.orElse(known);
        });
    }

    /** What the last check found, by whichever instance; empty before the first. */
    public Optional<Verdict> lastVerdict() {
        return Optional.ofNullable(known);
    }

    private Verdict checked() {
        ChainReport report = check.run();
        Verdict verdict = new Verdict(clock.instant(), report.entriesChecked(), report.broken().size());
        jdbc.sql("""
                insert into sspf_audit.chain_check (checked_at, entries_checked, broken) values (?, ?, ?)
                on conflict (one) do update set checked_at = excluded.checked_at,
                    entries_checked = excluded.entries_checked, broken = excluded.broken""")
                .params(Timestamp.from(verdict.checkedAt()), verdict.entriesChecked(), verdict.broken())
                .update();
        if (report.intact()) {
            log.info("audit chain intact: {} entries checked", report.entriesChecked());
        } else {
            ChainReport.BrokenEntry first = report.broken().get(0);
            log.error("audit chain broken: {} of {} entries do not hold, the first at sequence {} ({}); "
                            + "see 'The audit chain is broken' in the operations guide", report.broken().size(),
                    report.entriesChecked(), first.sequence(), first.reason());
        }
        return verdict;
    }

    private Optional<Verdict> stored() {
        return jdbc.sql("select checked_at, entries_checked, broken from sspf_audit.chain_check")
                .query((row, n) -> new Verdict(row.getTimestamp("checked_at").toInstant(),
                        row.getLong("entries_checked"), row.getInt("broken")))
                .optional();
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // The database is away: the last verdict stays, and its time tells ops how old it is.
            log.warn("the audit chain could not be checked now ({}); trying again in {}", e.getClass().getName(),
                    interval);
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sspf-audit-chain-check");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::tickSafely, firstAfter.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** The last check's verdict: when, how many entries it read, how many did not hold. */
    public record Verdict(Instant checkedAt, long entriesChecked, int broken) {

        public boolean intact() {
            return broken == 0;
        }
    }
}
