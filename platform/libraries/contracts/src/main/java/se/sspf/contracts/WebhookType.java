package se.sspf.contracts;

/**
 * The catalogue of what notification-service delivers to agencies' systems by webhook: the CloudEvents
 * {@code type} of each. One per kind of notice, named after it ({@code MEETING_INVITATION} →
 * {@code se.sspf.notification.MeetingInvitation.v1}), and the test ping a system asks for. Each has a JSON Schema at
 * {@code contracts/schemas/<type>.schema.json} (envelope and data) and an example at {@code contracts/examples/}.
 */
public enum WebhookType {
    MEETING_INVITATION("se.sspf.notification.MeetingInvitation.v1"),
    ACTION_ASSIGNED("se.sspf.notification.ActionAssigned.v1"),
    ACTION_DUE_SOON("se.sspf.notification.ActionDueSoon.v1"),
    ACTION_OVERDUE("se.sspf.notification.ActionOverdue.v1"),
    FOLLOW_UP_SCHEDULED("se.sspf.notification.FollowUpScheduled.v1"),
    FOLLOW_UP_REMINDER("se.sspf.notification.FollowUpReminder.v1"),
    CONSENT_EXPIRING("se.sspf.notification.ConsentExpiring.v1"),
    CONSENT_ENDED("se.sspf.notification.ConsentEnded.v1"),
    CASE_CLOSED("se.sspf.notification.CaseClosed.v1"),
    /** A test delivery, about no case: proves the endpoint and its check of the signature. */
    PING("se.sspf.notification.Ping.v1");

    private final String type;

    WebhookType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public String schemaResource() {
        return "contracts/schemas/" + type + ".schema.json";
    }

    public String exampleResource() {
        return "contracts/examples/" + type + ".json";
    }
}
