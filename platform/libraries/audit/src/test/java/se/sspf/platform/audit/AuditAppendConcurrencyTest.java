package se.sspf.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.platform.audit.AuditEntryMother.newYouthRef;
import static se.sspf.platform.audit.AuditEntryMother.policeReadUnderConsent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * Appends for different youths never wait for each other, also from a second instance of the service on the same
 * database (a second application context with its own connection pool); appends for one youth wait for each other,
 * and however many run at once, the youth's chain has no fork and no gap.
 */
@SpringBootTest
@WithRealInfrastructure
class AuditAppendConcurrencyTest {

    @Autowired AuditTrail trail;
    @Autowired AuditChainCheck check;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Environment environment;

    private ConfigurableApplicationContext secondInstance;
    private ExecutorService threads;

    @BeforeEach
    void startASecondInstanceOnTheSameDatabase() {
        threads = Executors.newFixedThreadPool(8);
        secondInstance = new SpringApplicationBuilder(AuditTestApplication.class).run(
                "--spring.application.name=audit-test-second",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                "--sspf.kafka.topic-prefix=" + environment.getProperty("sspf.kafka.topic-prefix"),
                "--logging.level.root=WARN");
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        secondInstance.close();
    }

    @Test
    void whileOneYouthsAppendIsOpenAnotherInstanceCommitsAnAppendForAnotherYouth() throws Exception {
        String youthA = newYouthRef();
        String youthB = newYouthRef();
        AuditTrail otherInstance = secondInstance.getBean(AuditTrail.class);

        long appendedForB = whileAnAppendIsOpenFor(youthA, () -> otherInstance.record(policeReadUnderConsent(youthB)));

        assertThat(placeOf(appendedForB)).isEqualTo(1);
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void anAppendForTheSameYouthWaitsForTheOpenOneAndThenFollowsIt() throws Exception {
        String youth = newYouthRef();
        AuditTrail otherInstance = secondInstance.getBean(AuditTrail.class);
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> open = threads.submit(() -> transaction.execute(status -> {
            long sequence = trail.record(policeReadUnderConsent(youth));
            opened.countDown();
            await(release);
            return sequence;
        }));
        assertThat(opened.await(30, TimeUnit.SECONDS)).isTrue();

        Future<Long> waiting = threads.submit(() -> otherInstance.record(policeReadUnderConsent(youth)));
        // Structural, not timed: PostgreSQL itself says that the second append waits for a lock.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> backendsWaitingOnALock() == 1);
        assertThat(waiting).isNotDone();
        release.countDown();

        assertThat(placeOf(open.get(30, TimeUnit.SECONDS))).isEqualTo(1);
        assertThat(placeOf(waiting.get(30, TimeUnit.SECONDS))).isEqualTo(2);
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void manyAppendsForOneYouthAtOnceFromTwoInstancesMakeOneChainWithoutForkOrGap() throws Exception {
        long before = check.run().entriesChecked();
        String youth = newYouthRef();
        List<AuditTrail> instances = List.of(trail, secondInstance.getBean(AuditTrail.class));
        List<Future<Long>> appends = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            AuditTrail instance = instances.get(i % 2);
            appends.add(threads.submit(() -> instance.record(policeReadUnderConsent(youth))));
            appends.add(threads.submit(() -> instance.record(policeReadUnderConsent(newYouthRef()))));
        }
        for (Future<Long> append : appends) {
            append.get(60, TimeUnit.SECONDS);
        }

        assertThat(jdbc.sql("select youth_sequence from sspf_audit.entry where youth_ref = ? order by youth_sequence")
                .param(youth).query(Long.class).list())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 80).boxed().toList());
        assertThat(jdbc.sql("select length from sspf_audit.chain_head where youth_ref = ?").param(youth)
                .query(Long.class).single()).isEqualTo(80);
        ChainReport report = check.run();
        assertThat(report.broken()).isEmpty();
        assertThat(report.entriesChecked()).isEqualTo(before + 160);
    }

    /** Runs {@code append} on another thread while this one holds an append for {@code youth} uncommitted. */
    private long whileAnAppendIsOpenFor(String youth, java.util.concurrent.Callable<Long> append) throws Exception {
        return transaction.execute(status -> {
            trail.record(policeReadUnderConsent(youth));
            try {
                // Were it to wait for the open append, it would wait for ever: this transaction commits after it.
                return threads.submit(append).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other youth's append did not commit while this one was open", e);
            }
        });
    }

    private long backendsWaitingOnALock() {
        return jdbc.sql("select count(*) from pg_stat_activity where datname = current_database() "
                + "and wait_event_type = 'Lock'").query(Long.class).single();
    }

    private long placeOf(long sequence) {
        return jdbc.sql("select youth_sequence from sspf_audit.entry where sequence = ?").param(sequence)
                .query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
