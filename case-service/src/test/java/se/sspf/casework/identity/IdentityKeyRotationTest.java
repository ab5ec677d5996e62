package se.sspf.casework.identity;

import se.sspf.casework.domain.SealedIdentity;
import se.sspf.casework.store.IdentityStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.domain.PersonalIdentityNumber;
import se.sspf.casework.domain.YouthIdentity;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;

/**
 * Rotating the identity key: the retired key still opens what it sealed, and the rewrap moves every identity to the new
 * key.
 */
class IdentityKeyRotationTest {

    private static final String OLD_KEY = key(1);
    private static final String NEW_KEY = key(2);
    private static final YouthIdentity KIM = new YouthIdentity("Kim Testsson",
            PersonalIdentityNumber.parse("20120229-1231"));

    @Test
    void aRetiredKeyOpensWhatItSealedOnlyWhileItIsListedAmongThePreviousKeys() {
        UUID caseId = UUID.randomUUID();
        SealedIdentity underOldKey = new IdentityVault(OLD_KEY, "1", "").seal(caseId, KIM);

        assertThat(new IdentityVault(NEW_KEY, "2", "1:" + OLD_KEY).open(caseId, underOldKey)).isEqualTo(KIM);
        assertThatThrownBy(() -> new IdentityVault(NEW_KEY, "2", "").open(caseId, underOldKey))
                .hasMessageContaining("no identity key with id 1");
        assertThat(new IdentityVault(NEW_KEY, "2", "1:" + OLD_KEY).seal(caseId, KIM).keyId()).isEqualTo("2");
    }

    @Test
    void previousKeysMustBeIdKeyPairsOfThirtyTwoBytesAndNeverTheCurrentId() {
        assertThatThrownBy(() -> new IdentityVault(NEW_KEY, "2", OLD_KEY)).hasMessageContaining("id:base64");
        assertThatThrownBy(() -> new IdentityVault(NEW_KEY, "2", "2:" + OLD_KEY))
                .hasMessageContaining("current key's id");
        assertThatThrownBy(() -> new IdentityVault(NEW_KEY, "2",
                "1:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void theRewrapSealsEveryIdentityUnderARetiredKeyAgainWithTheCurrentOne() {
        TestDatabase database = RealInfrastructure.get().postgres().createDatabase("identityrotation");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/case").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        IdentityVault before = new IdentityVault(OLD_KEY, "1", "");
        UUID[] cases = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (UUID caseId : cases) {
            jdbc.sql("insert into sspf_case (id, municipality, youth_ref, status, row_version, document) values (?, "
                    + "'2380', ?, 'ACTIVE', 1, '{}'::jsonb)")
                    .params(caseId, "Y-" + caseId).update();
            SealedIdentity sealed = before.seal(caseId, KIM);
            jdbc.sql("insert into youth_identity values (?, ?, ?, ?, ?, 'soc', 'SOCIAL_SERVICES')")
                    .params(caseId, sealed.keyId(), sealed.nonce(), sealed.ciphertext(), Timestamp.from(Instant.now()))
                    .update();
        }
        IdentityVault after = new IdentityVault(NEW_KEY, "2", "1:" + OLD_KEY);
        IdentityRewrap rewrap = new IdentityRewrap(after, new IdentityStore(jdbc),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new SyncTaskExecutor());

        assertThat(rewrap.rewrapAll()).isEqualTo(3);
        assertThat(rewrap.rewrapAll()).as("nothing left to do").isZero();
        IdentityVault newKeyOnly = new IdentityVault(NEW_KEY, "2", "");
        for (UUID caseId : cases) {
            SealedIdentity stored = jdbc.sql("select key_id, nonce, ciphertext from youth_identity where case_id = ?")
                    .param(caseId)
                    .query((row, n) -> new SealedIdentity(row.getString(1), row.getBytes(2), row.getBytes(3))).single();
            assertThat(stored.keyId()).isEqualTo("2");
            assertThat(newKeyOnly.open(caseId, stored)).as("the old key is no longer needed").isEqualTo(KIM);
        }
    }

    private static String key(int seed) {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) seed);
        return Base64.getEncoder().encodeToString(raw);
    }
}
