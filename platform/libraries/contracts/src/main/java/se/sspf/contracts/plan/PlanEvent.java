package se.sspf.contracts.plan;

import se.sspf.contracts.EventData;

/** What plan-service announces of an action plan, on its plan-events topic. */
public sealed interface PlanEvent extends EventData
        permits PlanAgreed, ActionAssigned, ActionDueSoon, ActionOverdue, FollowUpScheduled, FollowUpRecorded {
}
