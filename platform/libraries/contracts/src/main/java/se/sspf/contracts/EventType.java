package se.sspf.contracts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import se.sspf.contracts.audit.AuditRecorded;
import se.sspf.contracts.casework.CaseActivated;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.CaseDecided;
import se.sspf.contracts.casework.CaseProposed;
import se.sspf.contracts.casework.CaseRegisteredForMeeting;
import se.sspf.contracts.casework.MeetingScheduled;
import se.sspf.contracts.casework.MinutesRecorded;
import se.sspf.contracts.casework.ParticipantAdded;
import se.sspf.contracts.casework.WorkingGroupMeetingScheduled;
import se.sspf.contracts.consent.ConsentExpired;
import se.sspf.contracts.consent.ConsentGiven;
import se.sspf.contracts.consent.ConsentHeartbeat;
import se.sspf.contracts.consent.ConsentReconfirmed;
import se.sspf.contracts.consent.ConsentRevoked;
import se.sspf.contracts.consent.ConsentScopeChanged;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentTornUp;
import se.sspf.contracts.plan.ActionAssigned;
import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.contracts.plan.ActionOverdue;
import se.sspf.contracts.plan.FollowUpRecorded;
import se.sspf.contracts.plan.FollowUpScheduled;
import se.sspf.contracts.plan.PlanAgreed;

/**
 * The catalogue of event types: CloudEvents {@code type}, the topic it travels on and the record
 * that is its {@code data}. Each has a JSON Schema at {@code contracts/schemas/<type>.schema.json}
 * and an example at {@code contracts/examples/<type>.json} that agency systems can read.
 */
public enum EventType {
    AUDIT_RECORDED("se.sspf.audit.AuditRecorded.v1", Topics.AUDIT_RECORDED, AuditRecorded.class),
    CONSENT_STATE("se.sspf.consent.ConsentState.v1", Topics.CONSENT_STATE, ConsentState.class),
    CONSENT_HEARTBEAT("se.sspf.consent.ConsentHeartbeat.v1", Topics.CONSENT_STATE, ConsentHeartbeat.class),
    CONSENT_GIVEN("se.sspf.consent.ConsentGiven.v1", Topics.CONSENT_EVENTS, ConsentGiven.class),
    CONSENT_SCOPE_CHANGED("se.sspf.consent.ConsentScopeChanged.v1", Topics.CONSENT_EVENTS, ConsentScopeChanged.class),
    CONSENT_REVOKED("se.sspf.consent.ConsentRevoked.v1", Topics.CONSENT_EVENTS, ConsentRevoked.class),
    CONSENT_TORN_UP("se.sspf.consent.ConsentTornUp.v1", Topics.CONSENT_EVENTS, ConsentTornUp.class),
    CONSENT_EXPIRED("se.sspf.consent.ConsentExpired.v1", Topics.CONSENT_EVENTS, ConsentExpired.class),
    CONSENT_RECONFIRMED("se.sspf.consent.ConsentReconfirmed.v1", Topics.CONSENT_EVENTS, ConsentReconfirmed.class),
    CASE_PROPOSED("se.sspf.casework.CaseProposed.v1", Topics.CASE_EVENTS, CaseProposed.class),
    CASE_DECIDED("se.sspf.casework.CaseDecided.v1", Topics.CASE_EVENTS, CaseDecided.class),
    CASE_ACTIVATED("se.sspf.casework.CaseActivated.v1", Topics.CASE_EVENTS, CaseActivated.class),
    PARTICIPANT_ADDED("se.sspf.casework.ParticipantAdded.v1", Topics.CASE_EVENTS, ParticipantAdded.class),
    MEETING_SCHEDULED("se.sspf.casework.MeetingScheduled.v1", Topics.CASE_EVENTS, MeetingScheduled.class),
    MINUTES_RECORDED("se.sspf.casework.MinutesRecorded.v1", Topics.CASE_EVENTS, MinutesRecorded.class),
    CASE_CLOSED("se.sspf.casework.CaseClosed.v1", Topics.CASE_EVENTS, CaseClosed.class),
    CASE_REGISTERED_FOR_MEETING("se.sspf.casework.CaseRegisteredForMeeting.v1", Topics.CASE_EVENTS,
            CaseRegisteredForMeeting.class),
    /** The one event on the case-events topic that is about no youth: keyed by its group's id. */
    WORKING_GROUP_MEETING_SCHEDULED("se.sspf.casework.WorkingGroupMeetingScheduled.v1", Topics.CASE_EVENTS,
            WorkingGroupMeetingScheduled.class),
    PLAN_AGREED("se.sspf.plan.PlanAgreed.v1", Topics.PLAN_EVENTS, PlanAgreed.class),
    ACTION_ASSIGNED("se.sspf.plan.ActionAssigned.v1", Topics.PLAN_EVENTS, ActionAssigned.class),
    ACTION_DUE_SOON("se.sspf.plan.ActionDueSoon.v1", Topics.PLAN_EVENTS, ActionDueSoon.class),
    ACTION_OVERDUE("se.sspf.plan.ActionOverdue.v1", Topics.PLAN_EVENTS, ActionOverdue.class),
    FOLLOW_UP_SCHEDULED("se.sspf.plan.FollowUpScheduled.v1", Topics.PLAN_EVENTS, FollowUpScheduled.class),
    FOLLOW_UP_RECORDED("se.sspf.plan.FollowUpRecorded.v1", Topics.PLAN_EVENTS, FollowUpRecorded.class);

    /**
     * Closings and revocations: what ends a permission to share. A consumer that cannot handle one
     * must not park it and move on, or agencies would go on sharing; it retries until it is handled.
     * A recorded follow-up is among them: one that decides to close is how case-service hears of it.
     */
    public static final Set<EventType> MUST_BE_HANDLED =
            Collections.unmodifiableSet(EnumSet.of(CASE_CLOSED, CONSENT_REVOKED, CONSENT_TORN_UP, FOLLOW_UP_RECORDED));

    private final String type;
    private final String topic;
    private final Class<? extends EventData> dataClass;

    EventType(String type, String topic, Class<? extends EventData> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventData> dataClass() {
        return dataClass;
    }

    public String schemaResource() {
        return "contracts/schemas/" + type + ".schema.json";
    }

    public String exampleResource() {
        return "contracts/examples/" + type + ".json";
    }
}
