package se.sspf.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.platform.audit.AuditEntryMother.newYouthRef;
import static se.sspf.platform.audit.AuditEntryMother.policeReadUnderConsent;
import static se.sspf.platform.audit.AuditEntryMother.schoolWritesOwnNote;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;

/**
 * A database whose trail was written in the old shape, one chain for all youths, is migrated when the service
 * starts on it: the old entries still check out as the legacy chain, new ones chain per youth, and the legacy chain's
 * last entries cannot be removed unseen.
 */
class LegacyChainMigrationTest {

    private final TestDatabase database = RealInfrastructure.get().postgres().createDatabase("auditlegacy");
    private final DataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
            database.password());
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private ConfigurableApplicationContext service;

    @Test
    void theOldChainStillChecksOutAfterTheMigrationAndNewEntriesChainPerYouth() {
        String youth = newYouthRef();
        withTheOldTrailOf(youth, newYouthRef(), youth);

        startTheServiceOnIt();
        AuditTrail trail = service.getBean(AuditTrail.class);
        AuditChainCheck check = service.getBean(AuditChainCheck.class);
        long first = trail.record(policeReadUnderConsent(youth));
        long second = trail.record(policeReadUnderConsent(youth));

        assertThat(first).isEqualTo(4);
        assertThat(jdbc.sql("select youth_sequence, previous_hash from sspf_audit.entry where sequence = ?")
                .param(first).query((row, n) -> row.getLong(1) + " " + row.getString(2)).single())
                .isEqualTo("1 " + ChainHash.GENESIS);
        assertThat(jdbc.sql("select youth_sequence from sspf_audit.entry where sequence = ?").param(second)
                .query(Long.class).single()).isEqualTo(2);
        ChainReport report = check.run();
        assertThat(report.broken()).isEmpty();
        assertThat(report.entriesChecked()).isEqualTo(5);
    }

    @Test
    void removingTheLegacyChainsLastEntryIsFound() {
        withTheOldTrailOf(newYouthRef(), newYouthRef(), newYouthRef());
        startTheServiceOnIt();

        ChainReport report = service.getBean(TransactionTemplate.class).execute(status -> {
            JdbcClient inTransaction = service.getBean(JdbcClient.class);
            inTransaction.sql("set local session_replication_role = replica").update();
            inTransaction.sql("delete from sspf_audit.entry where sequence = 3").update();
            ChainReport found = service.getBean(AuditChainCheck.class).run();
            status.setRollbackOnly();
            return found;
        });

        assertThat(report.broken()).containsExactly(new ChainReport.BrokenEntry(2,
                "the legacy chain's entries 3 to 3 are missing after it"));
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    /**
     * The trail's tables as the last release left them (migrations 1 and 2), with entries written as its
     * {@code AuditTrail} wrote them: one chain, each entry linked to the one before by sequence number.
     */
    private void withTheOldTrailOf(String... youths) {
        Flyway.configure().dataSource(dataSource).schemas("sspf_audit").locations("classpath:db/sspf/audit")
                .target("2").load().migrate();
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < youths.length; i++) {
            long sequence = i + 1;
            AuditEntry entry = i % 2 == 0 ? schoolWritesOwnNote(youths[i]) : policeReadUnderConsent(youths[i]);
            UUID entryId = UUID.randomUUID();
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String hash = ChainHash.of(previous, sequence, entryId, at, entry);
            jdbc.sql("""
                    insert into sspf_audit.entry (sequence, entry_id, occurred_at, youth_ref, actor, agency,
                        municipality,
                        action, resource, purpose, legal_basis, consent_id, consent_version, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sequence, entryId, Timestamp.from(at), entry.youthRef(), entry.actor(),
                            entry.agency().name(), entry.municipality(), entry.action().name(), entry.resource(),
                            entry.purpose(), entry.legalBasis().name(), entry.consentId(), entry.consentVersion(),
                            previous, hash)
                    .update();
            previous = hash;
        }
    }

    /** The service's start migrates its trail, as a deployment of this release does. */
    private void startTheServiceOnIt() {
        service = new SpringApplicationBuilder(AuditTestApplication.class).run(
                "--spring.application.name=audit-legacy",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafka().bootstrapServers(),
                "--sspf.kafka.topic-prefix=t" + UUID.randomUUID().toString().substring(0, 8) + ".",
                "--logging.level.root=WARN");
    }
}
