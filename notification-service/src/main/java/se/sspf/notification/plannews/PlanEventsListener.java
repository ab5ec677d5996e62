package se.sspf.notification.plannews;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.plan.ActionAssigned;
import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.contracts.plan.ActionNews;
import se.sspf.contracts.plan.ActionOverdue;
import se.sspf.contracts.plan.FollowUpScheduled;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.platform.inbox.EventInbox;

/** plan-service's events: the news of actions and follow-ups, for {@link PlanNotices} to tell. */
@Component
@RequiredArgsConstructor
class PlanEventsListener {

    private final EventInbox inbox;
    private final PlanNotices notices;

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.PLAN_EVENTS, groupId = "notification-service")
    void on(ConsumerRecord<String, byte[]> record) {
        onAction(record, EventType.ACTION_ASSIGNED, ActionAssigned.class, NoticeKind.ACTION_ASSIGNED);
        onAction(record, EventType.ACTION_DUE_SOON, ActionDueSoon.class, NoticeKind.ACTION_DUE_SOON);
        onAction(record, EventType.ACTION_OVERDUE, ActionOverdue.class, NoticeKind.ACTION_OVERDUE);
        inbox.handleOnce("notify-follow-up-scheduled", record, EventType.FOLLOW_UP_SCHEDULED, FollowUpScheduled.class,
                scheduled -> notices.followUpScheduled(scheduled.id(), scheduled.data()));
    }

    /** Each action's news is handled under a name of its own: "notify-" and the kind of its notice. */
    private <T extends ActionNews> void onAction(ConsumerRecord<String, byte[]> record, EventType type, Class<T> news,
                                                 NoticeKind kind) {
        inbox.handleOnce("notify-" + kind.name().toLowerCase(), record, type, news,
                event -> notices.actionNews(event.id(), kind, event.data()));
    }
}
