package se.sspf.notification.domain;

import java.util.Arrays;
import java.util.Optional;

import se.sspf.contracts.WebhookType;

/**
 * What a party must hear (DOMAIN.md, Notifications). A personal notice tells something about the
 * youth's work (a meeting, an action, a follow-up): its details go only where the name may go. A
 * procedural notice (the consent ends or ended, the case closed) is told to everybody concerned,
 * with the case code alone when the name may not go.
 */
public enum NoticeKind {
    MEETING_INVITATION(true),
    ACTION_ASSIGNED(true),
    ACTION_DUE_SOON(true),
    ACTION_OVERDUE(true),
    FOLLOW_UP_SCHEDULED(true),
    /** The day before the follow-up. */
    FOLLOW_UP_REMINDER(true),
    CONSENT_EXPIRING(false),
    /** Revoked or torn up: every party must stop sharing. */
    CONSENT_ENDED(false),
    CASE_CLOSED(false),
    /**
     * A test an agency's administrator or system asked for: about no case, to one subscription only, so that
     * the system sees that it receives and can verify the webhooks. Nobody subscribes to it.
     */
    PING(false);

    private final boolean personal;

    NoticeKind(boolean personal) {
        this.personal = personal;
    }

    public boolean personal() {
        return personal;
    }

    /**
     * Whether a message of this kind may name the youth at all: not once the consent has ended or the
     * case closed, however a view that has not yet heard of it would answer.
     */
    public boolean mayName() {
        return this != CONSENT_ENDED && this != CASE_CLOSED && this != PING;
    }

    /**
     * The type of the CloudEvent an agency's system receives, from the published catalogue (one name for each
     * kind, checked by WebhookPayloadTest): MEETING_INVITATION → …MeetingInvitation.v1.
     */
    public String webhookType() {
        return WebhookType.valueOf(name()).type();
    }

    /** The kind a system may subscribe to by its webhook type; none for an unknown type or the ping. */
    public static Optional<NoticeKind> subscribableByWebhookType(String type) {
        return Arrays.stream(values()).filter(kind -> kind != PING && kind.webhookType().equals(type)).findFirst();
    }
}
