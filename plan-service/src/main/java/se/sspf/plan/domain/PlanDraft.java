package se.sspf.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A plan as the meeting wrote it, before it is agreed. Rows of a revision keep the id of the row they
 * continue; new rows come without one.
 */
public record PlanDraft(LocalDate agreedOn, List<String> present, String mainGoal, List<PlanAction> actions,
                        List<YouthCommitment> commitments, FollowUpAppointment followUp, String acuteContact) {

    /**
     * @param existing  the ids a row may continue (none for a first version)
     * @param canAnswer whether a named responsible participant takes part in the case for the row's agency
     */
    PlanVersion agree(int version, Set<UUID> existing, Predicate<Responsible> canAnswer, String recordedBy,
            Instant now) {
        if (followUp.date().isBefore(agreedOn)) {
            throw new PlanRuleViolation("follow-up-after-agreement", "followUp.date",
                    "the follow-up cannot come before the plan is agreed");
        }
        Set<UUID> seen = new HashSet<>();
        List<PlanAction> rows = actions.stream().map(row -> {
            if (row.id() != null && !existing.contains(row.id())) {
                throw new PlanRuleViolation("continues-an-action-of-the-plan", "actions.id",
                        "a row can only continue an action of this plan");
            }
            if (row.id() != null && !seen.add(row.id())) {
                throw new PlanRuleViolation("each-action-once", "actions.id", "an action is in the plan once");
            }
            if (row.dueOn().isBefore(agreedOn)) {
                throw new PlanRuleViolation("due-after-agreement", "actions.dueOn",
                        "an action cannot be due before the plan is agreed");
            }
            if (row.responsible().participantRef() != null && !canAnswer.test(row.responsible())) {
                throw new PlanRuleViolation("responsible-takes-part", "actions.responsible.participantRef",
                        "a named responsible person is a participant of the case for the agency answerable");
            }
            return row.id() != null ? row : new PlanAction(UUID.randomUUID(), row.area(), row.goal(), row.actions(),
                    row.responsible(), row.dueOn(), row.step(), row.documentation());
        }).toList();
        return new PlanVersion(version, agreedOn, present, mainGoal, rows, commitments, followUp, acuteContact,
                recordedBy, now);
    }
}
