package se.sspf.consent.publication;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.consent.domain.ConsentChange;
import se.sspf.consent.store.ConsentStore;

/**
 * Tells the parties that a consent has ended. Nothing waits for this: every decision already
 * compares the clock with the consent's end. This is only the news (ConsentExpired).
 */
@Component
@RequiredArgsConstructor
class ExpiryAnnouncer {

    private static final int BATCH = 100;

    private final ConsentStore store;
    private final ConsentPublication publication;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** One consent per short transaction, so that no youth's lock is held while others are announced. */
    @Scheduled(fixedDelayString = "${sspf.consent.expiry-check-interval:60s}")
    void announceEndedConsents() {
        int announced = 0;
        while (announced < BATCH && Boolean.TRUE.equals(transaction.execute(status -> announceOne()))) {
            announced++;
        }
    }

    private boolean announceOne() {
        return store.dueForExpiryAnnouncement(clock.instant(), 1).stream().findFirst().map(stored -> {
            ConsentChange change = stored.consent().announceExpiry(clock.instant());
            store.update(change.consent(), stored.rowVersion(), "ConsentExpired", "consent-service");
            publication.announce(change);
            return true;
        }).orElse(false);
    }
}
