package se.sspf.casework.identity;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.store.IdentityStore;

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
    private final IdentityStore identities;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;

    IdentityRewrap(IdentityVault vault, IdentityStore identities, TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.vault = vault;
        this.identities = identities;
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
        LOG.info("identity key {}: {} identities sealed again; none is left under a retired key", vault.currentKeyId(),
                total);
        return total;
    }

    private int rewrapBatch() {
        Integer resealed = transactions.execute(status ->
                identities.resealUnderTheCurrentKey(vault.currentKeyId(), BATCH,
                (caseId, sealed) -> vault.seal(caseId, vault.open(caseId, sealed))));
        return resealed == null ? 0 : resealed;
    }
}
