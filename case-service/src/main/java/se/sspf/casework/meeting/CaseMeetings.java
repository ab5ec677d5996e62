package se.sspf.casework.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.MeetingAgenda;
import se.sspf.casework.domain.MeetingMinutes;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.store.CaseStore;
import se.sspf.casework.store.MeetingStore;
import se.sspf.casework.store.StoredMeeting;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.casework.MeetingScheduled;
import se.sspf.contracts.casework.MinutesRecorded;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.GatedReads;
import se.sspf.platform.outbox.Outbox;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * ScheduleMeeting, RecordMinutes and ListMeetings. Only the case's participants are invited, and of those
 * only the ones the consent covers: an agency the consent lets the inviting agency share with, or a person
 * the family invited; the family is invited besides. The invitation is seen by its invitees and the inviting
 * agency; the agenda and the minutes are records of the agency that wrote them, opened through the gate.
 */
@Service
@RequiredArgsConstructor
public class CaseMeetings {

    /** The individual part's one item where a case is discussed at a working group meeting. */
    private static final String GROUP_MEETING_ITEM = "Ärendet i arbetsgruppens möte";

    private final CaseStore cases;
    private final MeetingStore meetings;
    private final ConsentGate gate;
    private final GatedReads gatedReads;
    private final CaseAudit audit;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** What a meeting is to be: the invitation and the agenda in its category. */
    public record Invitation(Instant scheduledFor, String place, List<String> invitees, boolean familyInvited,
                             List<String> individual, List<String> general, InformationCategory agendaCategory) {
    }

    public Meeting schedule(Caller caller, UUID caseId, Invitation invitation) {
        CaseAccess.requireStaff(caller);
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.findForShare(caseId)).sspfCase();
            sspfCase.requireUnderWayForMeetings();
            for (String invitee : invitation.invitees()) {
                sspfCase.requireInviteeCovered(invitee, caller.agency(),
                        agency -> sharesAnything(sspfCase, caller, agency));
            }
            return scheduled(caller, sspfCase, invitation, null);
        });
    }

    /**
     * The case's own meeting for its place in a working group meeting's individual part: at the group meeting's time
     * and place, inviting every participant the consent covers, so that only they discuss it and its minutes are the
     * case's record. Runs in the caller's transaction, which has the case under way and visible to the caller.
     */
    public UUID scheduleForGroupMeeting(Caller caller, SspfCase sspfCase, UUID groupMeetingId, Instant scheduledFor,
                                        String place) {
        CaseAccess.requireStaff(caller);
        List<String> invitees = sspfCase.inviteesCovered(caller.agency(),
                agency -> sharesAnything(sspfCase, caller, agency));
        return scheduled(caller, sspfCase, new Invitation(scheduledFor, place, invitees, false,
                List.of(GROUP_MEETING_ITEM), List.of(), InformationCategory.OTHER), groupMeetingId).id();
    }

    private Meeting scheduled(Caller caller, SspfCase sspfCase, Invitation invitation, @Nullable UUID groupMeetingId) {
        UUID id = UUID.randomUUID();
        MeetingAgenda agenda = new MeetingAgenda(invitation.individual(), returnees(caller, sspfCase),
                invitation.general());
        meetings.insert(id, sspfCase.id(), invitation.scheduledFor(), invitation.place(), invitation.invitees(),
                invitation.familyInvited(), caller.agency(), invitation.agendaCategory(), agenda, groupMeetingId);
        outbox.publish(sspfCase.youthRef(), new MeetingScheduled(sspfCase.id(), sspfCase.municipality(), id,
                invitation.scheduledFor(), invitation.invitees(), invitation.familyInvited()));
        audit.asParticipant(caller, AuditAction.CREATE, sspfCase, "/meetings/" + id, "scheduling a meeting");
        return new Meeting(id, sspfCase.id(), invitation.scheduledFor(), invitation.place(), invitation.invitees(),
                invitation.familyInvited(), agenda, null, null);
    }

    public Meeting recordMinutes(Caller caller, UUID caseId, UUID meetingId, MeetingMinutes minutes,
                                 InformationCategory category) {
        CaseAccess.requireStaff(caller);
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.findForShare(caseId)).sspfCase();
            sspfCase.requireUnderWayForMeetings();
            StoredMeeting meeting = meetings.find(caseId, meetingId).filter(found -> seenBy(caller, found))
                    .orElseThrow(() -> ApiProblem.notFound("the meeting"));
            if (!meetings.recordMinutes(caseId, meetingId, minutes, category, caller.agency(), caller.subject(),
                    clock.instant())) {
                throw ApiProblem.conflict("minutes-recorded", "the minutes of this meeting are recorded already");
            }
            outbox.publish(sspfCase.youthRef(), new MinutesRecorded(caseId, sspfCase.municipality(), meetingId,
                    minutes.decisions().size()));
            audit.asParticipant(caller, AuditAction.UPDATE, sspfCase, "/meetings/" + meetingId,
                    "recording the minutes");
            return shown(caller, sspfCase, meetings.find(caseId, meeting.id()).orElseThrow());
        });
    }

    public List<Meeting> list(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.find(caseId)).sspfCase();
            List<Meeting> shown = meetings.ofCase(caseId).stream().filter(meeting -> seenBy(caller, meeting))
                    .map(meeting -> shown(caller, sspfCase, meeting)).toList();
            audit.asParticipant(caller, AuditAction.READ, sspfCase, "/meetings", "reading the meetings");
            return shown;
        });
    }

    /** The invitation is for its invitees, and the inviting agency's own record. */
    private static boolean seenBy(Caller caller, StoredMeeting meeting) {
        return meeting.invites(caller.subject()) || meeting.scheduledBy() == caller.agency();
    }

    private Meeting shown(Caller caller, SspfCase sspfCase, StoredMeeting meeting) {
        String resource = "/meetings/" + meeting.id();
        MeetingAgenda agenda = gatedReads.open(CaseAccess.reading(caller, sspfCase, resource + "/agenda",
                "reading a meeting's agenda"), meeting.agenda()).orElse(null);
        Optional<MeetingMinutes> minutes = gatedReads.openIfAny(CaseAccess.reading(caller, sspfCase,
                resource + "/minutes", "reading a meeting's minutes"), meeting.minutes());
        return new Meeting(meeting.id(), meeting.caseId(), meeting.scheduledFor(), meeting.place(), meeting.invitees(),
                meeting.familyInvited(), agenda, minutes.map(MeetingMinutes::text).orElse(null),
                minutes.map(MeetingMinutes::decisions).orElse(null));
    }

    /** The returnee part is filled from the case's expected return, where the inviting agency may see it. */
    private List<String> returnees(Caller caller, SspfCase sspfCase) {
        return gatedReads.openIfAny(CaseAccess.reading(caller, sspfCase, "/expected-return",
                "preparing a meeting's returnee part"),
                        CaseAccess.expectedReturnOf(sspfCase))
                .map(known -> List.of("expected home from " + known.from().name().toLowerCase() + " on "
                + known.expectedOn()))
                .orElse(List.of());
    }

    /** Whether the consent lets the inviting agency share any kind of information with the agency. */
    private boolean sharesAnything(SspfCase sspfCase, Caller caller, Agency agency) {
        return Arrays.stream(InformationCategory.values()).anyMatch(category -> gate.check(sspfCase.municipality(),
                sspfCase.youthRef(), caller.agency(), agency, category).permitted());
    }
}
