package se.sspf.casework.identity;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second half of a key rotation: once started with a new identity key (and the old one among the
 * previous keys), the service seals every identity under a retired key again with the current one,
 * in small batches that other instances skip, and says when none is left — then the old key can go.
 */
@Component
class IdentityRewrap {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityRewrap.class);
    private static final int BATCH = 100;

    private final IdentityVault vault;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;

    IdentityRewrap(IdentityVault vault, JdbcClient jdbc, TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.vault = vault;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.executor = executor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        executor.execute(this::rewrapAll);
    }

    /** Seals every identity under a retired key again; returns how many it sealed. */
    int rewrapAll() {
        int total = 0;
        for (int sealed = rewrapBatch(); sealed > 0; sealed = rewrapBatch()) {
            total += sealed;
        }
        LOG.info("identity key {}: {} identities sealed again; none is left under a retired key", vault.currentKeyId(), total);
        return total;
    }

    private int rewrapBatch() {
        Integer sealed = transactions.execute(status -> {
            List<Row> rows = jdbc.sql("""
                    select case_id, key_id, nonce, ciphertext from youth_identity
                    where key_id <> ? limit ? for update skip locked""")
                    .params(vault.currentKeyId(), BATCH)
                    .query((row, n) -> new Row(row.getObject("case_id", UUID.class),
                            new IdentityVault.Sealed(row.getString("key_id"), row.getBytes("nonce"), row.getBytes("ciphertext"))))
                    .list();
            for (Row row : rows) {
                IdentityVault.Sealed again = vault.seal(row.caseId(), vault.open(row.caseId(), row.sealed()));
                jdbc.sql("update youth_identity set key_id = ?, nonce = ?, ciphertext = ? where case_id = ?")
                        .params(again.keyId(), again.nonce(), again.ciphertext(), row.caseId())
                        .update();
            }
            return rows.size();
        });
        return sealed == null ? 0 : sealed;
    }

    private record Row(UUID caseId, IdentityVault.Sealed sealed) {
    }
}
