package se.sspf.consent.publication;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.consent.domain.Consent;
import se.sspf.consent.domain.ConsentChange;
import se.sspf.consent.store.ConsentStore;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.platform.outbox.Outbox;

/**
 * Announces a change in the transaction that stored it: its events on the consent events topic and
 * the youth's full consent state on the compacted state topic that every gate reads.
 */
@Component
@RequiredArgsConstructor
public class ConsentPublication {

    private final Outbox outbox;
    private final ConsentStore store;

    public void announce(ConsentChange change) {
        Consent consent = change.consent();
        // One youth's changes announce one at a time: the snapshot below then sees every change committed
        // before it, and the outbox ids of one youth follow commit order. Without this, a snapshot taken
        // before a revocation of another consent could be published after it and undo it in every gate.
        store.lockYouth(consent.municipality(), consent.youthRef());
        change.events().forEach(event -> outbox.publish(consent.youthRef(), event));
        outbox.publish(consent.youthRef(), stateOf(consent.municipality(), consent.youthRef()));
    }

    /** What a gate would know about the youth, from this service's own records. */
    public ConsentState stateOf(String municipality, String youthRef) {
        return new ConsentState(youthRef, municipality, store.findByYouth(municipality, youthRef).stream()
                .map(Consent::toStateEntry)
                .toList());
    }
}
