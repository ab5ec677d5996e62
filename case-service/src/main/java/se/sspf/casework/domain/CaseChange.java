package se.sspf.casework.domain;

import java.util.List;

import se.sspf.contracts.casework.CaseEvent;

/** A case as it stands after a step, and the events that announce the step. */
public record CaseChange(SspfCase sspfCase, List<CaseEvent> events) {

    public CaseChange {
        events = List.copyOf(events);
    }
}
