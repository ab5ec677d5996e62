package se.sspf.casework.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.ConsentStanding;
import se.sspf.casework.domain.DeIdentifiedCase;
import se.sspf.casework.domain.GroupMinutes;
import se.sspf.casework.domain.MeetingDecision;
import se.sspf.casework.domain.NoYouthNamed;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.domain.WorkingGroup;
import se.sspf.casework.groupwork.GroupWork;
import se.sspf.casework.meeting.CaseMeetings;
import se.sspf.casework.store.CaseStore;
import se.sspf.casework.store.GroupMeetingStore;
import se.sspf.casework.store.StoredCase;
import se.sspf.casework.store.StoredGroupMeeting;
import se.sspf.casework.store.StoredRegistration;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.casework.CaseRegisteredForMeeting;
import se.sspf.contracts.casework.WorkingGroupMeetingScheduled;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.consentgate.ConsentStateView;
import se.sspf.platform.outbox.Outbox;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * CallGroupMeeting, ReadGroupMeeting, RegisterCase, PresentDeIdentified and RecordGroupMinutes: the working group
 * meeting's three parts (the checklist, 3.4).
 *
 * <p>The individual part is the registered cases, each shown only to who sees that case in full and discussed at
 * its own case meeting, where its minutes are that case's record behind the gate. The returnee part goes through
 * the gate as {@link GroupWork} does, of the cases the member sees in full. The general part, its minutes and the
 * de-identified cases are about no identified youth: no consent is needed for them, so every member reads them,
 * and nothing identifying may be in them (a personal identity number is refused, a de-identified case is a code
 * and risk signs).
 */
@Service
@RequiredArgsConstructor
public class GroupMeetings {

    /** How far ahead of the meeting's day the returnee part looks. */
    private static final int RETURNEES_AHEAD_DAYS = 90;

    private final GroupMembership membership;
    private final GroupMeetingStore meetings;
    private final CaseStore cases;
    private final CaseMeetings caseMeetings;
    private final GroupWork groupWork;
    private final ConsentStateView consents;
    private final CaseAudit audit;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** What a meeting is to be: when, where, and the general part's items. */
    public record Call(Instant scheduledFor, String place, List<String> general) {
    }

    public GroupMeeting call(Caller caller, UUID groupId, Call call) {
        return transaction.execute(status -> {
            WorkingGroup group = membership.ofConvener(caller, groupId);
            NoYouthNamed.requireEach("general", call.general());
            UUID id = UUID.randomUUID();
            meetings.insert(id, groupId, call.scheduledFor(), call.place(), call.general(), caller.subject());
            // Keyed by the group: a group's meeting is about no one youth.
            outbox.publish(groupId.toString(), new WorkingGroupMeetingScheduled(groupId, group.municipality(), id,
                    call.scheduledFor(), group.kind()));
            return shown(caller, group, meetings.find(groupId, id).orElseThrow());
        });
    }

    public GroupMeeting read(Caller caller, UUID groupId, UUID meetingId) {
        return transaction.execute(status -> {
            WorkingGroup group = membership.ofMember(caller, groupId);
            return shown(caller, group, meetingOf(group, meetingId));
        });
    }

    /**
     * Puts a case the caller sees on the meeting's individual part, in good time before it: its own meeting invites
     * the participants the consent covers, and its notes and decisions are recorded there.
     */
    public GroupMeeting.Registration register(Caller caller, UUID groupId, UUID meetingId, UUID caseId) {
        return transaction.execute(status -> {
            WorkingGroup group = membership.ofMember(caller, groupId);
            group.requireTakesCases();
            StoredGroupMeeting meeting = meetingOf(group, meetingId);
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.findForShare(caseId)).sspfCase();
            sspfCase.requireUnderWayForMeetings();
            Instant now = clock.instant();
            Instant deadline = group.registrationDeadline(meeting.scheduledFor());
            if (now.isAfter(deadline)) {
                throw new ApiProblem(HttpStatus.CONFLICT, "registration-closed",
                        "cases were registered for this meeting until " + deadline,
                        Map.of("deadline", deadline.toString()));
            }
            UUID caseMeetingId = caseMeetings.scheduleForGroupMeeting(caller, sspfCase, meetingId,
                    meeting.scheduledFor(), meeting.place());
            if (!meetings.register(meetingId, caseId, caseMeetingId, caller.subject(), now)) {
                throw ApiProblem.conflict("registered-already", "the case is registered for this meeting already");
            }
            outbox.publish(sspfCase.youthRef(), new CaseRegisteredForMeeting(caseId, sspfCase.municipality(), groupId,
                    meetingId, caseMeetingId));
            audit.asParticipant(caller, AuditAction.CREATE, sspfCase, "/group-meetings/" + meetingId,
                    "registering the case for a working group meeting");
            return registration(sspfCase, new StoredRegistration(caseId, caseMeetingId, now), now);
        });
    }

    /** Any member presents a youth without consent, by code and risk signs; nothing of it is logged or announced. */
    public DeIdentifiedCase present(Caller caller, UUID groupId, UUID meetingId, DeIdentifiedCase presented) {
        return transaction.execute(status -> {
            WorkingGroup group = membership.ofMember(caller, groupId);
            group.requireTakesCases();
            meetingOf(group, meetingId);
            meetings.present(meetingId, presented, clock.instant());
            return presented;
        });
    }

    /** The general part's minutes, by the convener, once. */
    public GroupMeeting recordMinutes(Caller caller, UUID groupId, UUID meetingId, String text,
                                      List<MeetingDecision> decisions) {
        return transaction.execute(status -> {
            WorkingGroup group = membership.ofConvener(caller, groupId);
            meetingOf(group, meetingId);
            GroupMinutes minutes = new GroupMinutes(text, decisions, clock.instant());
            minutes.requireNamesNoYouth();
            if (!meetings.recordMinutes(meetingId, minutes, caller.subject())) {
                throw ApiProblem.conflict("minutes-recorded", "the minutes of this meeting are recorded already");
            }
            return shown(caller, group, meetingOf(group, meetingId));
        });
    }

    private StoredGroupMeeting meetingOf(WorkingGroup group, UUID meetingId) {
        return meetings.find(group.id(), meetingId).orElseThrow(() -> ApiProblem.notFound("the meeting"));
    }

    private GroupMeeting shown(Caller caller, WorkingGroup group, StoredGroupMeeting meeting) {
        Instant now = clock.instant();
        List<GroupMeeting.Registration> individual = meetings.registrations(meeting.id()).stream()
                .flatMap(registered -> seenInFull(caller, registered.caseId())
                        .map(sspfCase -> {
                            audit.asParticipant(caller, AuditAction.READ, sspfCase, "/group-meetings/" + meeting.id(),
                                    "reading a working group meeting's individual part");
                            return registration(sspfCase, registered, now);
                        }).stream())
                .toList();
        LocalDate day = meeting.scheduledFor().atZone(SwedishTime.ZONE).toLocalDate();
        return new GroupMeeting(meeting.id(), group.id(), meeting.scheduledFor(), meeting.place(),
                group.registrationDeadline(meeting.scheduledFor()), individual, meetings.deIdentified(meeting.id()),
                groupWork.returneesOfCasesSeenInFull(caller, day, day.plusDays(RETURNEES_AHEAD_DAYS)),
                meeting.general(), meeting.minutes().orElse(null));
    }

    /** A registered case is shown to whom it is visible in full; to anybody else it is not there at all. */
    private Optional<SspfCase> seenInFull(Caller caller, UUID caseId) {
        return cases.find(caseId).map(StoredCase::sspfCase).filter(sspfCase -> CaseAccess.maySee(caller, sspfCase));
    }

    private GroupMeeting.Registration registration(SspfCase sspfCase, StoredRegistration registered, Instant now) {
        return new GroupMeeting.Registration(sspfCase.id(), sspfCase.caseCode(), registered.caseMeetingId(),
                registered.registeredAt(), ConsentStanding.of(sspfCase, consents.stateOf(sspfCase.youthRef()), now));
    }
}
