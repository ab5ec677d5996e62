package se.sspf.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.platform.audit.AuditEntryMother.newYouthRef;
import static se.sspf.platform.audit.AuditEntryMother.policeReadUnderConsent;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * Each way of tampering with a youth's chain, done as a database superuser can (around the append-only triggers),
 * is found by the check. Every tampering happens in a transaction that is rolled back after the check has run in it,
 * so each test sees an intact trail again.
 */
@SpringBootTest
@WithRealInfrastructure
class AuditChainCheckTest {

    @Autowired AuditTrail trail;
    @Autowired AuditChainCheck check;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    private String youth;
    private List<Long> chain;

    @BeforeEach
    void aYouthWithFiveEntriesAndOthersAround() {
        trail.record(policeReadUnderConsent(newYouthRef()));
        youth = newYouthRef();
        chain = IntStream.range(0, 5).mapToObj(i -> trail.record(policeReadUnderConsent(youth))).toList();
        trail.record(policeReadUnderConsent(newYouthRef()));
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void aChangedEntryIsReportedAlone() {
        ChainReport report = afterTampering(sql -> sql.sql("update sspf_audit.entry set purpose = 'nothing to see' "
                + "where sequence = ?").param(chain.get(2)).update());

        assertThat(report.broken()).containsExactly(new ChainReport.BrokenEntry(chain.get(2),
                "its content does not match its hash"));
    }

    @Test
    void aDeletedEntryInTheMiddleIsAGapBeforeTheNext() {
        ChainReport report = afterTampering(sql -> sql.sql("delete from sspf_audit.entry where sequence = ?")
                .param(chain.get(2)).update());

        assertThat(report.broken()).containsExactly(new ChainReport.BrokenEntry(chain.get(3),
                "the youth's entries 3 to 3 are missing before it"));
    }

    @Test
    void deletedLastEntriesAreFoundByTheYouthsHead() {
        ChainReport report = afterTampering(sql -> sql.sql("delete from sspf_audit.entry where sequence in (?, ?)")
                .params(chain.get(3), chain.get(4)).update());

        assertThat(report.broken()).containsExactly(new ChainReport.BrokenEntry(chain.get(2),
                "the youth's entries 4 to 5 are missing after it"));
    }

    @Test
    void aYouthsWholeChainDeletedWithItsHeadIsFoundByTheCountOfTheLastCheck() {
        ChainReport report = afterTampering(sql -> {
            sql.sql("insert into sspf_audit.chain_check (checked_at, entries_checked, broken) values (now(), ?, 0) "
                    + "on conflict (one) do update set entries_checked = excluded.entries_checked")
                    .param(check.run().entriesChecked()).update();
            sql.sql("delete from sspf_audit.entry where youth_ref = ?").param(youth).update();
            sql.sql("delete from sspf_audit.chain_head where youth_ref = ?").param(youth).update();
        });

        assertThat(report.broken()).extracting(ChainReport.BrokenEntry::reason)
                .containsExactly("5 entries fewer than the last check counted: entries were removed with their "
                        + "chain's end");
    }

    @Test
    void twoEntriesThatSwappedPlacesAreBothReported() {
        ChainReport report = afterTampering(sql -> {
            sql.sql("update sspf_audit.entry set youth_sequence = -1 where sequence = ?").param(chain.get(1)).update();
            sql.sql("update sspf_audit.entry set youth_sequence = 2 where sequence = ?").param(chain.get(2)).update();
            sql.sql("update sspf_audit.entry set youth_sequence = 3 where sequence = ?").param(chain.get(1)).update();
        });

        assertThat(report.broken()).extracting(ChainReport.BrokenEntry::sequence)
                .contains(chain.get(1), chain.get(2)).doesNotContain(chain.get(0), chain.get(4));
        assertThat(report.broken()).allMatch(broken -> broken.reason().contains("link")
                || broken.reason().contains("content"));
    }

    @Test
    void anEntryPutInBetweenWithAValidHashBreaksTheLinkOfTheNextAndTheHead() {
        ChainReport report = afterTampering(sql -> {
            for (int place = 5; place >= 3; place--) {
                sql.sql("update sspf_audit.entry set youth_sequence = ? where youth_ref = ? and youth_sequence = ?")
                        .params(place + 1, youth, place).update();
            }
            insertForged(sql, 3, hashOf(chain.get(1)));
        });

        assertThat(report.broken()).extracting(ChainReport.BrokenEntry::sequence)
                .contains(chain.get(2), chain.get(4)).doesNotContain(chain.get(0), chain.get(1));
        assertThat(report.broken()).extracting(ChainReport.BrokenEntry::reason)
                .contains("its link does not match the youth's entry before it",
                        "it lies behind its youth's head, which counts 5 entries");
    }

    @Test
    void anEntryAddedAtTheEndWithAValidLinkAndHashLiesBehindTheHead() {
        ChainReport report = afterTampering(sql -> insertForged(sql, 6, hashOf(chain.get(4))));

        assertThat(report.broken()).hasSize(1).first().extracting(ChainReport.BrokenEntry::reason)
                .isEqualTo("it lies behind its youth's head, which counts 5 entries");
    }

    /** Tampers as a superuser, runs the check in the same transaction, and rolls both back. */
    private ChainReport afterTampering(Consumer<JdbcClient> tampering) {
        return transaction.execute(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            tampering.accept(jdbc);
            ChainReport report = check.run();
            status.setRollbackOnly();
            return report;
        });
    }

    /** What someone who knows the hash function could write: an entry whose own hash and link are right. */
    private void insertForged(JdbcClient sql, long place, String previousHash) {
        AuditEntry forged = policeReadUnderConsent(youth);
        UUID entryId = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        sql.sql("""
                insert into sspf_audit.entry (youth_sequence, entry_id, occurred_at, youth_ref, actor, agency,
                    municipality, action, resource, purpose, legal_basis, consent_id, consent_version, previous_hash,
                    hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(place, entryId, Timestamp.from(at), youth, forged.actor(), forged.agency().name(),
                        forged.municipality(), forged.action().name(), forged.resource(), forged.purpose(),
                        forged.legalBasis().name(), forged.consentId(), forged.consentVersion(), previousHash,
                        ChainHash.of(previousHash, place, entryId, at, forged))
                .update();
    }

    private String hashOf(long sequence) {
        return jdbc.sql("select hash from sspf_audit.entry where sequence = ?").param(sequence).query(String.class)
                .single();
    }
}
