package se.sspf.consent.domain;

import java.util.List;

import se.sspf.contracts.consent.ConsentEvent;

/** A consent as it stands after a change, and the events that announce the change. */
public record ConsentChange(Consent consent, List<ConsentEvent> events) {

    public ConsentChange {
        events = List.copyOf(events);
    }

    public boolean changedAnything() {
        return !events.isEmpty();
    }
}
