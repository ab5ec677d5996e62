package se.sspf.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.sspf.platform.audit.AuditEntryMother.newYouthRef;
import static se.sspf.platform.audit.AuditEntryMother.policeReadUnderConsent;
import static se.sspf.platform.audit.AuditEntryMother.schoolWritesOwnNote;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ContractSchemas;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TopicReader;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest
@WithRealInfrastructure
class AuditTrailTest {

    @Autowired AuditTrail trail;
    @Autowired AuditChainCheck chainCheck;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired TopicNames topics;

    @Test
    void eachEntryIsLinkedToTheYouthsEntryBeforeAndTheChainChecksOut() {
        String youth = newYouthRef();
        long first = trail.record(schoolWritesOwnNote(youth));
        trail.record(policeReadUnderConsent(newYouthRef()));
        long second = trail.record(policeReadUnderConsent(youth));

        assertThat(jdbc.sql("select youth_sequence from sspf_audit.entry where sequence in (?, ?) order by sequence")
                .params(first, second).query(Long.class).list()).containsExactly(1L, 2L);
        assertThat(jdbc.sql("select previous_hash from sspf_audit.entry where sequence = ?").param(second)
                .query(String.class).single())
                .isEqualTo(jdbc.sql("select hash from sspf_audit.entry where sequence = ?").param(first)
                .query(String.class).single());
        assertThat(chainCheck.run().intact()).isTrue();
    }

    @Test
    void alteringOneRowInTheDatabaseIsReportedForExactlyThatRow() {
        String youth = newYouthRef();
        List<Long> sequences = IntStream.range(0, 5).mapToObj(i -> trail.record(policeReadUnderConsent(youth)))
                .toList();
        long victim = sequences.get(2);

        // A database superuser can step around the append-only trigger; the chain is what still tells.
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update sspf_audit.entry set purpose = 'nothing to see here' where sequence = ?").param(victim)
                    .update();
        });

        ChainReport report = chainCheck.run();
        assertThat(report.entriesChecked()).isGreaterThanOrEqualTo(5);
        assertThat(report.broken()).extracting(ChainReport.BrokenEntry::sequence).containsExactly(victim);
        assertThat(report.broken().get(0).reason()).contains("content does not match");

        repair(victim, "preparing the follow-up meeting");
    }

    @Test
    void theTrailRefusesUpdatesAndDeletes() {
        long sequence = trail.record(schoolWritesOwnNote(newYouthRef()));

        assertThatThrownBy(() -> jdbc.sql("update sspf_audit.entry set actor = 'someone else' where sequence = ?")
                .param(sequence).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from sspf_audit.entry where sequence = ?").param(sequence).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void concurrentAccessesOfManyYouthsLeaveEveryChainIntact() throws Exception {
        long before = chainCheck.run().entriesChecked();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> appends = IntStream.range(0, 80)
                    .mapToObj(i -> pool.submit(() -> trail.record(policeReadUnderConsent(newYouthRef()))))
                    .toList();
            for (Future<Long> append : appends) {
                append.get();
            }
        } finally {
            pool.shutdown();
        }

        ChainReport report = chainCheck.run();
        assertThat(report.broken()).isEmpty();
        assertThat(report.entriesChecked()).isEqualTo(before + 80);
    }

    @Test
    void eachEntryIsAnnouncedPseudonymouslyOnTheAuditTopicWithItsHash() {
        String youth = newYouthRef();
        long sequence = trail.record(policeReadUnderConsent(youth));
        String hash = jdbc.sql("select hash from sspf_audit.entry where sequence = ?").param(sequence)
                .query(String.class).single();

        try (TopicReader reader = new TopicReader(RealInfrastructure.get().kafka().bootstrapServers(),
                topics.of(Topics.AUDIT_RECORDED))) {
            List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                records.addAll(reader.readFor(Duration.ofMillis(300)));
                return records.stream().anyMatch(record -> record.value().contains(hash));
            });
            ConsumerRecord<String, String> announced = records.stream().filter(r -> r.value().contains(hash))
                    .findFirst().orElseThrow();
            assertThat(announced.key()).isEqualTo(youth);
            assertThat(ContractSchemas.violations(EventType.AUDIT_RECORDED, announced.value())).isEmpty();
        }
    }

    /** Puts the altered row back so that the other tests in this class see an intact chain. */
    private void repair(long sequence, String purpose) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update sspf_audit.entry set purpose = ? where sequence = ?").params(purpose, sequence).update();
        });
    }
}
