package se.sspf.casework.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;
import se.sspf.contracts.casework.GroupKind;

/**
 * A municipality's working or steering group (the national checklist, 2.3 and 2.4): its members per agency, how
 * often it meets and how long before a meeting cases are registered for it. About no one youth: what the group
 * itself holds needs no consent, and its members read it.
 *
 * @param mandate what the steering group gave a working group to do; null until it does
 */
public record WorkingGroup(UUID id, String municipality, GroupKind kind, String name, int meetingIntervalDays,
                           int registrationDeadlineDays, List<GroupMember> members, @Nullable String mandate) {

    public WorkingGroup {
        members = List.copyOf(members);
    }

    /**
     * A group as it is formed: every member once, and convened by social services, whose coordinator calls the
     * meetings (the checklist: the working group is led by social services).
     */
    public static WorkingGroup formed(UUID id, String municipality, GroupKind kind, String name,
                                      int meetingIntervalDays, int registrationDeadlineDays, List<GroupMember> members) {
        if (new HashSet<>(members.stream().map(GroupMember::ref).toList()).size() != members.size()) {
            throw new CaseRuleViolation("group-member-once", "members", "each member is listed once");
        }
        List<GroupMember> conveners = members.stream().filter(member -> member.role() == GroupRole.CONVENER).toList();
        if (conveners.isEmpty()) {
            throw new CaseRuleViolation("group-has-a-convener", "members", "a group has at least one convener");
        }
        if (conveners.stream().anyMatch(convener -> convener.agency() != Agency.SOCIAL_SERVICES)) {
            throw new CaseRuleViolation("convener-from-social-services", "members",
                    "social services' coordinator convenes the group");
        }
        return new WorkingGroup(id, municipality, kind, name, meetingIntervalDays, registrationDeadlineDays, members,
                null);
    }

    public Optional<GroupMember> member(String ref) {
        return members.stream().filter(member -> member.ref().equals(ref)).findFirst();
    }

    public boolean isMember(String ref) {
        return member(ref).isPresent();
    }

    public boolean isConvener(String ref) {
        return member(ref).filter(member -> member.role() == GroupRole.CONVENER).isPresent();
    }

    /** Cases are registered for a meeting in good time: until this many days before it. */
    public Instant registrationDeadline(Instant scheduledFor) {
        return scheduledFor.minus(Duration.ofDays(registrationDeadlineDays));
    }

    /** The steering group gives the working groups their mandate; a steering group has none of its own. */
    public void requireTakesAMandate() {
        if (kind != GroupKind.WORKING) {
            throw new IllegalCaseTransition("a mandate is given to a working group, not to a steering group");
        }
    }

    /** Cases, with consent or de-identified, are prepared by a working group; the steering group sees no case. */
    public void requireTakesCases() {
        if (kind != GroupKind.WORKING) {
            throw new IllegalCaseTransition("cases are prepared at a working group's meeting, not the steering group's");
        }
    }

    /**
     * The coordinator's flag: no meeting is scheduled within the interval after the last one held (or after now,
     * when none was held), so the cadence the group set is broken.
     */
    public boolean nextMeetingMissing(List<Instant> meetings, Instant now) {
        Instant since = meetings.stream().filter(at -> !at.isAfter(now)).max(Instant::compareTo).orElse(now);
        Instant until = since.plus(Duration.ofDays(meetingIntervalDays));
        return meetings.stream().noneMatch(at -> at.isAfter(since) && !at.isAfter(until));
    }
}
