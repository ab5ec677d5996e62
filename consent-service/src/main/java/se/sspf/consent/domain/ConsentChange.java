package se.sspf.consent.domain;

import java.util.List;

/** A consent as it stands after a change, and the events that announce the change. */
public record ConsentChange(Consent consent, List<Record> events) {

    public ConsentChange {
        events = List.copyOf(events);
    }

    public boolean changedAnything() {
        return !events.isEmpty();
    }
}
