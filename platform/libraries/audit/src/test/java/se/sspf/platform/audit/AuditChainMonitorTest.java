package se.sspf.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.platform.audit.AuditEntryMother.newYouthRef;
import static se.sspf.platform.audit.AuditEntryMother.policeReadUnderConsent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest
@WithRealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class AuditChainMonitorTest {

    private static final Duration INTERVAL = Duration.ofHours(1);
    private static final String TAMPERED_PURPOSE = "nothing to see here";

    @Autowired AuditTrail trail;
    @Autowired AuditChainCheck check;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    private long tampered;

    @Test
    void anIntactChainIsOneAndATamperedOneZeroWithOneLogLineNamingTheSequenceOnly(CapturedOutput output) {
        long first = trail.record(policeReadUnderConsent(newYouthRef()));
        trail.record(policeReadUnderConsent(newYouthRef()));
        MeterRegistry meters = new SimpleMeterRegistry();
        Instant before = clock.instant();

        monitorOn(meters, Clock.systemUTC()).tick();

        assertThat(meters.get("sspf.audit.chain.intact").gauge().value()).isEqualTo(1);
        assertThat(meters.get("sspf.audit.chain.entries").gauge().value()).isEqualTo(checkedNow());
        assertThat(meters.get("sspf.audit.chain.last.check").gauge().value())
                .isGreaterThanOrEqualTo(before.toEpochMilli() / 1000.0);
        assertThat(output).contains("audit chain intact: " + checkedNow() + " entries checked");

        tamper(first);
        // due again: the monitor's clock is past half the interval since the stored verdict
        monitorOn(meters = new SimpleMeterRegistry(), Clock.offset(Clock.systemUTC(), INTERVAL)).tick();

        assertThat(meters.get("sspf.audit.chain.intact").gauge().value()).isZero();
        assertThat(output).contains("audit chain broken: 1 of " + checkedNow()
                + " entries do not hold, the first at sequence " + first + " (its content does not match its hash)");
        assertThat(output).doesNotContain(TAMPERED_PURPOSE);
    }

    @Test
    void anInstanceThatFindsAFreshVerdictOrAnotherInstanceCheckingReportsTheStoredVerdict() throws Exception {
        trail.record(policeReadUnderConsent(newYouthRef()));
        monitorOn(new SimpleMeterRegistry(), Clock.systemUTC()).tick();
        Instant stored = jdbc.sql("select checked_at from sspf_audit.chain_check").query(java.sql.Timestamp.class)
                .single().toInstant();
        trail.record(policeReadUnderConsent(newYouthRef()));

        MeterRegistry notDue = new SimpleMeterRegistry();
        monitorOn(notDue, Clock.systemUTC()).tick();
        assertThat(notDue.get("sspf.audit.chain.last.check").gauge().value()).isEqualTo(stored.toEpochMilli() / 1000.0);
        assertThat(notDue.get("sspf.audit.chain.entries").gauge().value()).isEqualTo(checkedNow() - 1);

        MeterRegistry lockedOut = new SimpleMeterRegistry();
        whileAnotherInstanceHoldsTheLock(() ->
                monitorOn(lockedOut, Clock.offset(Clock.systemUTC(), INTERVAL)).tick());
        assertThat(lockedOut.get("sspf.audit.chain.last.check").gauge().value())
                .isEqualTo(stored.toEpochMilli() / 1000.0);
        assertThat(lockedOut.get("sspf.audit.chain.intact").gauge().value()).isEqualTo(1);
    }

    /** Each test starts before any check, as a service's first instance does. */
    @BeforeEach
    void noVerdictYet() {
        jdbc.sql("delete from sspf_audit.chain_check").update();
    }

    @AfterEach
    void repair() {
        if (tampered > 0) {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("set local session_replication_role = replica").update();
                jdbc.sql("update sspf_audit.entry set purpose = 'preparing the follow-up meeting' where sequence = ?")
                        .param(tampered).update();
            });
        }
    }

    private AuditChainMonitor monitorOn(MeterRegistry meters, Clock monitorClock) {
        return new AuditChainMonitor(jdbc, transaction, check, monitorClock, INTERVAL, Duration.ZERO, meters);
    }

    private long checkedNow() {
        return jdbc.sql("select count(*) from sspf_audit.entry").query(Long.class).single();
    }

    /** A database superuser can step around the append-only trigger; the chain is what still tells. */
    private void tamper(long sequence) {
        tampered = sequence;
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update sspf_audit.entry set purpose = ? where sequence = ?").params(TAMPERED_PURPOSE, sequence)
                    .update();
        });
    }

    private void whileAnotherInstanceHoldsTheLock(Runnable action) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(0x5350_4143_484BL).query().singleRow();
                held.countDown();
                try {
                    done.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            action.run();
            done.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }
}
