package se.sspf.systembenchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import se.sspf.testsupport.ApiClient;

/**
 * Audited reads through two copies of case-service on the one database: do their audit appends wait for each other?
 * Clients read cases' journals through two gateways, each in front of its own case-service, every read audited in
 * the shared database. Meanwhile a sampler asks PostgreSQL every few milliseconds which of that database's backends
 * wait for a lock ({@code pg_stat_activity}: {@code wait_event_type = 'Lock'}), and on which kind: on a read the
 * audit append is the only statement that takes a lock others could wait for, so every wait there is the audit's
 * (a chain-wide advisory lock would show as {@code advisory}, one youth's head row as {@code tuple} or
 * {@code transactionid}). Two phases: each client reads youths of its own, then all read one youth — the second
 * shows what a wait looks like to the sampler, so that none in the first means none.
 */
final class AuditLockWaits {

    private static final int CLIENTS = 8;
    private static final long SAMPLE_EVERY_NANOS = 5_000_000;
    private static final String LOCK_WAITS = """
            select wait_event, count(*) from pg_stat_activity
            where datname = ? and wait_event_type = 'Lock'
            group by wait_event""";

    /** One phase: the reads, and the samples with a backend waiting on a lock, by PostgreSQL's wait event. */
    record Figures(String phase, long reads, long failed, int seconds, long samples, long samplesWithWait,
                   Map<String, Long> waitsByEvent) {

        double readsPerSecond() {
            return (double) reads / seconds;
        }
    }

    private AuditLockWaits() {
    }

    /**
     * Both phases, {@code seconds} each. {@code cases} are different youths' cases, {@code gateways} each in front of
     * another copy of case-service, and {@code databaseUrl} the database those copies share.
     */
    static List<Figures> measure(Fixture fixture, List<Fixture.ActiveCase> cases, List<ApiClient> gateways,
                                 String databaseUrl, String user, String password, int seconds) throws Exception {
        return List.of(phase("different youths", fixture, cases, gateways, databaseUrl, user, password, seconds),
                phase("one youth", fixture, cases.subList(0, 1), gateways, databaseUrl, user, password, seconds));
    }

    private static Figures phase(String name, Fixture fixture, List<Fixture.ActiveCase> cases,
                                 List<ApiClient> gateways, String databaseUrl, String user, String password,
                                 int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String token = fixture.police.token();
        AtomicLong reads = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (Connection database = DriverManager.getConnection(databaseUrl, user, password)) {
            for (int client = 0; client < CLIENTS; client++) {
                // Client i reads cases i, i + CLIENTS, ... and alternates the copies: no two clients share a youth.
                int first = client;
                clients.submit(() -> {
                    for (int i = first; System.nanoTime() < end; i += CLIENTS) {
                        Fixture.ActiveCase read = cases.get(i % cases.size());
                        ApiClient gateway = gateways.get((i / CLIENTS) % gateways.size());
                        ApiClient.Response answer = gateway.get(token, read.journal());
                        (answer.status() == 200 ? reads : failed).incrementAndGet();
                    }
                });
            }
            clients.shutdown();
            Samples samples = sample(database, end);
            clients.awaitTermination(30, TimeUnit.SECONDS);
            return new Figures(name, reads.get(), failed.get(), seconds, samples.taken(), samples.withWait(),
                    samples.byEvent());
        } finally {
            clients.shutdownNow();
        }
    }

    private static Samples sample(Connection database, long end) throws SQLException {
        long samples = 0;
        long withWait = 0;
        Map<String, Long> byEvent = new TreeMap<>();
        try (PreparedStatement waits = database.prepareStatement(LOCK_WAITS)) {
            waits.setString(1, database.getCatalog());
            long next = System.nanoTime();
            while (System.nanoTime() < end) {
                boolean waited = false;
                try (ResultSet row = waits.executeQuery()) {
                    while (row.next()) {
                        waited = true;
                        byEvent.merge(row.getString(1), row.getLong(2), Long::sum);
                    }
                }
                samples++;
                withWait += waited ? 1 : 0;
                next += SAMPLE_EVERY_NANOS;
                LockSupport.parkNanos(next - System.nanoTime());
            }
        }
        return new Samples(samples, withWait, byEvent);
    }

    private record Samples(long taken, long withWait, Map<String, Long> byEvent) {
    }
}
