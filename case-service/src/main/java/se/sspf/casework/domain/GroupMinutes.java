package se.sspf.casework.domain;

import java.time.Instant;
import java.util.List;

/** The minutes of a group meeting's general part: the group's own, read by its members. */
public record GroupMinutes(String text, List<MeetingDecision> decisions, Instant recordedAt) {

    public GroupMinutes {
        decisions = List.copyOf(decisions);
    }

    /** What the group writes is about no identified youth: no personal identity number in the text or a decision. */
    public void requireNamesNoYouth() {
        NoYouthNamed.require("text", text);
        for (int i = 0; i < decisions.size(); i++) {
            MeetingDecision decision = decisions.get(i);
            NoYouthNamed.require("decisions[" + i + "].what", decision.what());
            NoYouthNamed.require("decisions[" + i + "].why", decision.why());
            NoYouthNamed.require("decisions[" + i + "].who", decision.who());
        }
    }
}
