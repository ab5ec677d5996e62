package se.sspf.casework.group;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.casework.domain.WorkingGroup;
import se.sspf.casework.store.GroupStore;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/** A group exists only for its members in its own municipality: to anybody else it is not found. */
@Component
@RequiredArgsConstructor
class GroupMembership {

    private final GroupStore groups;

    WorkingGroup ofMember(Caller caller, UUID groupId) {
        return groups.find(caller.municipality(), groupId).filter(group -> group.isMember(caller.subject()))
                .orElseThrow(() -> ApiProblem.notFound("the group"));
    }

    /** Social services' coordinator calls the group's meetings and writes its minutes. */
    WorkingGroup ofConvener(Caller caller, UUID groupId) {
        WorkingGroup group = ofMember(caller, groupId);
        if (!group.isConvener(caller.subject())) {
            throw ApiProblem.forbidden("the group's convener calls its meetings and records their minutes");
        }
        return group;
    }
}
