package se.sspf.casework.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.sspf.casework.domain.MeetingAgenda;
import se.sspf.casework.domain.MeetingMinutes;
import se.sspf.contracts.Agency;
import se.sspf.platform.consentgate.Owned;

/**
 * A meeting as stored: the invitation, which its invitees and the inviting agency see, and the agenda and
 * minutes, each the record of the agency that wrote it and sealed for the gate.
 */
public record StoredMeeting(UUID id, UUID caseId, Instant scheduledFor, String place, List<String> invitees,
                            boolean familyInvited, Agency scheduledBy, Owned<MeetingAgenda> agenda,
                            Optional<Owned<MeetingMinutes>> minutes) {

    public boolean invites(String ref) {
        return invitees.contains(ref);
    }
}
