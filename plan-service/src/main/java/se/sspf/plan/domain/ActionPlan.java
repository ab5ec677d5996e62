package se.sspf.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.Builder;
import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;
import se.sspf.contracts.plan.ActionAssigned;
import se.sspf.contracts.plan.FollowUpDecision;
import se.sspf.contracts.plan.FollowUpRecorded;
import se.sspf.contracts.plan.FollowUpScheduled;
import se.sspf.contracts.plan.PlanAgreed;
import se.sspf.contracts.plan.PlanEvent;

/**
 * The action plan of one case (003 3.3, appendix 3): the version in force, the next follow-up and
 * where each action stands. The coordinator's agency writes it; each action's status is its
 * responsible agency's to move.
 *
 * @param author the agency of the coordinator who agreed the first version: the plan's text is its record
 */
@Builder(access = AccessLevel.PRIVATE, toBuilder = true)
public record ActionPlan(UUID caseId, String municipality, String youthRef, Agency author, boolean closed,
                         PlanVersion current, @Nullable FollowUpAppointment nextFollowUp,
                         Map<UUID, ActionState> states) {

    /** Dates on the plan are Swedish calendar days. */

    public ActionPlan {
        states = Map.copyOf(states);
    }

    /** The first meeting agrees the plan: version 1, every action planned. */
    public static PlanChange agree(UUID caseId, String municipality, String youthRef, Agency author, PlanDraft draft,
                                   Predicate<Responsible> canAnswer, String recordedBy, Instant now) {
        PlanVersion first = draft.agree(1, Set.of(), canAnswer, recordedBy, now);
        Map<UUID, ActionState> states = first.actions().stream()
                .collect(Collectors.toMap(PlanAction::id, action -> ActionState.planned(now)));
        ActionPlan plan = new ActionPlan(caseId, municipality, youthRef, author, false, first, first.followUp(),
                states);
        List<PlanEvent> events = new ArrayList<>();
        events.add(plan.agreed());
        first.actions().forEach(action -> events.add(plan.assigned(action)));
        events.add(plan.scheduled());
        return PlanChange.agreed(plan, first, events);
    }

    /**
     * A follow-up meeting checked every action of the version in force and decided: continue until
     * the next follow-up, revise (a new version) or close.
     */
    public PlanChange followUp(int reviewedVersion, LocalDate heldOn, List<ActionCheck> checks,
                               FollowUpDecision decision, @Nullable PlanDraft revision,
                               @Nullable FollowUpAppointment next, Predicate<Responsible> canAnswer, String recordedBy,
                               Instant now) {
        requireOpen();
        if (reviewedVersion != current.version()) {
            throw new IllegalPlanStep("the follow-up reviewed version " + reviewedVersion + " but version "
                    + current.version() + " is in force");
        }
        if (heldOn.isBefore(current.agreedOn())) {
            throw new PlanRuleViolation("follow-up-after-agreement", "heldOn",
                    "a follow-up is held after the plan was agreed");
        }
        requireEveryActionCheckedOnce(checks);
        requireWhatTheDecisionNeeds(decision, revision, next);
        if (decision != FollowUpDecision.REVISE && checks.stream()
                .anyMatch(check -> check.outcome() == CheckOutcome.CHANGED)) {
            throw new PlanRuleViolation("changed-in-a-revision", "checks",
                    "an action is changed by a revision: a follow-up that continues or closes finds it done or not "
                    + "done");
        }
        if (next != null && next.date().isBefore(heldOn)) {
            throw new PlanRuleViolation("next-follow-up-ahead", "nextFollowUp.date",
                    "the next follow-up comes after this one");
        }
        FollowUp followUp = new FollowUp(UUID.randomUUID(), reviewedVersion, heldOn, checks, decision, recordedBy, now);
        Map<UUID, ActionState> checked = new HashMap<>(states);
        for (ActionCheck check : checks) {
            if (check.outcome() != CheckOutcome.CHANGED) {
                ActionStatus status = check.outcome() == CheckOutcome.DONE ? ActionStatus.DONE : ActionStatus.NOT_DONE;
                checked.put(check.actionId(), new ActionState(status, check.note(), recordedBy, author, now));
            }
        }
        List<PlanEvent> events = new ArrayList<>();
        events.add(new FollowUpRecorded(caseId, municipality, reviewedVersion, decision,
                (int) followUp.count(CheckOutcome.DONE), (int) followUp.count(CheckOutcome.NOT_DONE),
                (int) followUp.count(CheckOutcome.CHANGED), followUp.count(CheckOutcome.NOT_DONE) == 0));
        return switch (decision) {
            case CLOSE -> PlanChange.followedUp(toBuilder().closed(true).nextFollowUp(null).states(checked).build(),
                    followUp, events);
            case CONTINUE -> {
                ActionPlan continued = toBuilder().nextFollowUp(next).states(checked).build();
                events.add(continued.scheduled());
                yield PlanChange.followedUp(continued, followUp, events);
            }
            case REVISE -> revise(revision, checked, followUp, events, canAnswer, recordedBy, now);
        };
    }

    /** The follow-up is moved, for instance earlier because of an acute problem; never into the past. */
    public PlanChange moveFollowUp(FollowUpAppointment next, LocalDate today) {
        requireOpen();
        if (next.date().isBefore(today)) {
            throw new PlanRuleViolation("next-follow-up-ahead", "date", "a follow-up is moved to today or later");
        }
        ActionPlan moved = toBuilder().nextFollowUp(next).build();
        return PlanChange.of(moved, List.of(moved.scheduled()));
    }

    /** The responsible agency reports progress on its action. */
    public PlanChange changeStatus(UUID actionId, Agency agency, String changedBy, ActionStatus status, String note,
                                   Instant now) {
        requireOpen();
        PlanAction action = current.action(actionId).orElseThrow(() ->
                new PlanRuleViolation("an-action-of-the-plan", "actionId", "the plan in force has no such action"));
        if (action.responsible().agency() != agency) {
            throw new PlanRuleViolation("responsible-agency-reports", "actionId",
                    "only the agency responsible for an action reports how it goes");
        }
        Map<UUID, ActionState> changed = new HashMap<>(states);
        changed.put(actionId, new ActionState(status, note, changedBy, agency, now));
        return PlanChange.of(toBuilder().states(changed).build(), List.of());
    }

    /** The case closed: the plan closes with it, without a follow-up. */
    public ActionPlan closedWithCase() {
        return toBuilder().closed(true).nextFollowUp(null).build();
    }

    public ActionState state(UUID actionId) {
        return states.get(actionId);
    }

    public boolean overdue(PlanAction action, LocalDate today) {
        return !closed && state(action.id()).status().open() && today.isAfter(action.dueOn());
    }

    /** The actions of the version in force that are unfinished and due within {@code dueSoonDays}, or past due. */
    public List<Reminder> remindersDue(LocalDate today, int dueSoonDays) {
        if (closed) {
            return List.of();
        }
        List<Reminder> due = new ArrayList<>();
        for (PlanAction action : current.actions()) {
            if (overdue(action, today)) {
                due.add(new Reminder(this, action, Reminder.Threshold.OVERDUE));
            } else if (state(action.id()).status().open() && !today.isBefore(action.dueOn().minusDays(dueSoonDays))) {
                due.add(new Reminder(this, action, Reminder.Threshold.DUE_SOON));
            }
        }
        return due;
    }

    private PlanChange revise(PlanDraft revision, Map<UUID, ActionState> checked, FollowUp followUp,
                              List<PlanEvent> events, Predicate<Responsible> canAnswer, String recordedBy,
                              Instant now) {
        Set<UUID> existing = current.actions().stream().map(PlanAction::id).collect(Collectors.toSet());
        PlanVersion revised = revision.agree(current.version() + 1, existing, canAnswer, recordedBy, now);
        Map<UUID, ActionState> revisedStates = new HashMap<>();
        // A row the revision keeps goes on where it stood; one not done starts again (and is reminded of again).
        revised.actions().forEach(action -> revisedStates.put(action.id(), Optional.ofNullable(checked.get(action.id()))
                .filter(state -> state.status() != ActionStatus.NOT_DONE)
                .orElse(ActionState.planned(now))));
        ActionPlan next = toBuilder().current(revised).nextFollowUp(revised.followUp()).states(revisedStates).build();
        events.add(next.agreed());
        revised.actions().stream()
                .filter(action -> current.action(action.id()).map(before -> !sameAssignment(before, action))
                .orElse(true))
                .forEach(action -> events.add(next.assigned(action)));
        events.add(next.scheduled());
        return new PlanChange(next, revised, followUp, events);
    }

    private static boolean sameAssignment(PlanAction before, PlanAction after) {
        return before.responsible().agency() == after.responsible().agency()
                && Objects.equals(before.responsible().participantRef(), after.responsible().participantRef())
                && before.dueOn().equals(after.dueOn());
    }

    private void requireEveryActionCheckedOnce(List<ActionCheck> checks) {
        Set<UUID> checkedIds = checks.stream().map(ActionCheck::actionId).collect(Collectors.toSet());
        Set<UUID> actionIds = current.actions().stream().map(PlanAction::id).collect(Collectors.toSet());
        if (checkedIds.size() != checks.size() || !checkedIds.equals(actionIds)) {
            throw new PlanRuleViolation("every-action-checked-once", "checks",
                    "a follow-up checks each action of the plan in force once: done, not done or changed");
        }
    }

    private static void requireWhatTheDecisionNeeds(FollowUpDecision decision, @Nullable PlanDraft revision,
                                                    @Nullable FollowUpAppointment next) {
        if (decision == FollowUpDecision.REVISE && revision == null) {
            throw new PlanRuleViolation("revision-with-revise", "revision",
                    "a follow-up that revises the plan brings the revised plan");
        }
        if (decision != FollowUpDecision.REVISE && revision != null) {
            throw new PlanRuleViolation("revision-with-revise", "revision",
                    "only a follow-up that revises the plan brings a revision");
        }
        if (decision == FollowUpDecision.CONTINUE && next == null) {
            throw new PlanRuleViolation("next-follow-up-to-continue", "nextFollowUp",
                    "a plan that continues has a next follow-up");
        }
        if (decision != FollowUpDecision.CONTINUE && next != null) {
            throw new PlanRuleViolation("next-follow-up-to-continue", "nextFollowUp",
                    "the next follow-up is set by the revision, and a closed plan has none");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalPlanStep("the plan is closed: nothing more is changed in it");
        }
    }

    private PlanAgreed agreed() {
        return new PlanAgreed(caseId, municipality, current.version(), current.actions().size(), nextFollowUp.at());
    }

    private ActionAssigned assigned(PlanAction action) {
        return new ActionAssigned(caseId, municipality, action.id(), action.responsible().agency(),
                action.responsible().participantRef(), action.dueOn());
    }

    private FollowUpScheduled scheduled() {
        return new FollowUpScheduled(caseId, municipality, nextFollowUp.at());
    }
}
