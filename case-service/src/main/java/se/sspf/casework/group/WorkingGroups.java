package se.sspf.casework.group;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.domain.GroupMember;
import se.sspf.casework.domain.WorkingGroup;
import se.sspf.casework.store.GroupMeetingStore;
import se.sspf.casework.store.GroupStore;
import se.sspf.casework.store.StoredGroupMeeting;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.contracts.casework.GroupKind;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * FormGroup, ListGroups, ReadGroup and GiveMandate. A group holds nothing about an identified youth, so reading it
 * needs no consent and is not audited as a youth's data: membership alone decides.
 */
@Service
@RequiredArgsConstructor
public class WorkingGroups {

    private final GroupStore groups;
    private final GroupMeetingStore meetings;
    private final GroupMembership membership;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** What a group is to be. */
    public record Formation(GroupKind kind, String name, int meetingIntervalDays, int registrationDeadlineDays,
                            List<GroupMember> members) {
    }

    public Group form(Caller caller, Formation formation) {
        if (caller.agency() != Agency.SOCIAL_SERVICES || !caller.hasRole(Role.COORDINATOR)) {
            throw ApiProblem.forbidden("social services' coordinator forms the municipality's groups");
        }
        WorkingGroup group = WorkingGroup.formed(UUID.randomUUID(), caller.municipality(), formation.kind(),
                formation.name(), formation.meetingIntervalDays(), formation.registrationDeadlineDays(),
                formation.members());
        return transaction.execute(status -> {
            groups.insert(group, caller.subject(), clock.instant());
            return shown(group);
        });
    }

    public List<Group> list(Caller caller) {
        return transaction.execute(status -> groups.withMember(caller.municipality(), caller.subject()).stream()
                .map(this::shown).toList());
    }

    public Group read(Caller caller, UUID groupId) {
        return transaction.execute(status -> shown(membership.ofMember(caller, groupId)));
    }

    /** The steering group gives a working group of its municipality its mandate. */
    public Group giveMandate(Caller caller, UUID groupId, String mandate) {
        return transaction.execute(status -> {
            if (!groups.inSteeringGroup(caller.municipality(), caller.subject())) {
                throw ApiProblem.forbidden("the steering group gives the working groups their mandate");
            }
            WorkingGroup group = groups.find(caller.municipality(), groupId)
                    .orElseThrow(() -> ApiProblem.notFound("the group"));
            group.requireTakesAMandate();
            groups.giveMandate(groupId, mandate, caller.subject(), clock.instant());
            return shown(groups.find(caller.municipality(), groupId).orElseThrow());
        });
    }

    private Group shown(WorkingGroup group) {
        List<StoredGroupMeeting> held = meetings.ofGroup(group.id());
        return new Group(group.id(), group.kind(), group.name(), group.meetingIntervalDays(),
                group.registrationDeadlineDays(), group.members(), group.mandate(),
                held.stream().map(meeting -> new Group.MeetingLine(meeting.id(), meeting.scheduledFor(),
                        meeting.place(), meeting.minutes().isPresent())).toList(),
                group.nextMeetingMissing(held.stream().map(StoredGroupMeeting::scheduledFor).toList(),
                        clock.instant()));
    }
}
