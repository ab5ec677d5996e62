package se.sspf.consent.store;

import se.sspf.contracts.refusal.RetryableFault;

/** Somebody else changed the consent between reading and writing it. */
public class ConcurrentConsentChange extends RetryableFault {

    private final long currentRowVersion;

    public ConcurrentConsentChange(long currentRowVersion) {
        super("the consent changed meanwhile");
        this.currentRowVersion = currentRowVersion;
    }

    public long currentRowVersion() {
        return currentRowVersion;
    }
}
