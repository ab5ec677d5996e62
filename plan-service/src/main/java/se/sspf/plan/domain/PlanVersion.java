package se.sspf.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One agreed version of the plan, never changed afterwards: the header, the rows of the seven
 * areas, the youth's own commitments and the follow-up it set.
 *
 * @param present      who was at the meeting, as written on the plan
 * @param acuteContact whom the family calls with an acute problem (usually the coordinator)
 */
public record PlanVersion(int version, LocalDate agreedOn, List<String> present, String mainGoal,
                          List<PlanAction> actions, List<YouthCommitment> commitments, FollowUpAppointment followUp,
                          String acuteContact, String recordedBy, Instant recordedAt) {

    public PlanVersion {
        present = List.copyOf(present);
        actions = List.copyOf(actions);
        commitments = List.copyOf(commitments);
    }

    public Optional<PlanAction> action(UUID id) {
        return actions.stream().filter(action -> action.id().equals(id)).findFirst();
    }
}
