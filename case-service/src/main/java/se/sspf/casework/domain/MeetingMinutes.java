package se.sspf.casework.domain;

import java.util.List;

import se.sspf.contracts.AgencyRecord;

/** What was said at a meeting and the decisions taken: the record of the agency that wrote them down. */
@AgencyRecord
public record MeetingMinutes(String text, List<MeetingDecision> decisions) {

    public MeetingMinutes {
        decisions = List.copyOf(decisions);
    }
}
