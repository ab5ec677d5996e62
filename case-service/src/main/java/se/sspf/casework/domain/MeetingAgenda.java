package se.sspf.casework.domain;

import java.util.List;

import se.sspf.contracts.AgencyRecord;

/** Individual part (this youth), returnees (expected home, with dates), general part (events, incidents). */
@AgencyRecord
public record MeetingAgenda(List<String> individual, List<String> returnees, List<String> general) {

    public MeetingAgenda {
        individual = List.copyOf(individual);
        returnees = List.copyOf(returnees);
        general = List.copyOf(general);
    }
}
