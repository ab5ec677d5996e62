package se.sspf.plan.domain;

import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.contracts.plan.ActionOverdue;
import se.sspf.contracts.plan.PlanEvent;

/** An unfinished action that has reached a reminder threshold. */
public record Reminder(ActionPlan plan, PlanAction action, Threshold threshold) {

    public enum Threshold {
        DUE_SOON,
        OVERDUE
    }

    public PlanEvent event() {
        Responsible responsible = action.responsible();
        return switch (threshold) {
            case DUE_SOON -> new ActionDueSoon(plan.caseId(), plan.municipality(), action.id(), responsible.agency(),
                    responsible.participantRef(), action.dueOn());
            case OVERDUE -> new ActionOverdue(plan.caseId(), plan.municipality(), action.id(), responsible.agency(),
                    responsible.participantRef(), action.dueOn());
        };
    }
}
