package se.sspf.casework.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting about one youth (police checklist 3.4): who is invited, an agenda in three parts, and
 * once held, its minutes and the decisions taken — what, why and who.
 */
public record Meeting(UUID id, UUID caseId, Instant scheduledFor, String place, List<String> invitees, boolean familyInvited,
                      Agenda agenda, String minutes, List<Decision> decisions) {

    /** Individual part (this youth), returnees (expected home, with dates), general part (events, incidents). */
    public record Agenda(List<String> individual, List<String> returnees, List<String> general) {
    }

    public record Decision(String what, String why, String who) {
    }
}
