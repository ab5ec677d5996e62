package se.sspf.notification.events;

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
import se.sspf.notification.dispatch.Dispatcher;
import se.sspf.notification.dispatch.KnownCases;
import se.sspf.notification.dispatch.Members;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.FollowUpWatchStore;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.inbox.EventInbox;

/** Actions to the person or agency responsible; follow-ups to everybody in the case (and watched, to remind of them). */
@Component
class PlanNotices {

    private final EventInbox inbox;
    private final CaseRecords cases;
    private final Dispatcher dispatcher;
    private final FollowUpWatchStore followUps;

    PlanNotices(EventInbox inbox, CaseRecords cases, Dispatcher dispatcher, FollowUpWatchStore followUps) {
        this.inbox = inbox;
        this.cases = cases;
        this.dispatcher = dispatcher;
        this.followUps = followUps;
    }

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.PLAN_EVENTS, groupId = "notification-service")
    void on(ConsumerRecord<String, byte[]> record) {
        tellResponsible(record, EventType.ACTION_ASSIGNED, ActionAssigned.class, NoticeKind.ACTION_ASSIGNED);
        tellResponsible(record, EventType.ACTION_DUE_SOON, ActionDueSoon.class, NoticeKind.ACTION_DUE_SOON);
        tellResponsible(record, EventType.ACTION_OVERDUE, ActionOverdue.class, NoticeKind.ACTION_OVERDUE);
        inbox.handleOnce("notify-follow-up-scheduled", record, EventType.FOLLOW_UP_SCHEDULED, FollowUpScheduled.class, scheduled -> {
            CaseRecord caseRecord = KnownCases.require(cases, scheduled.data().caseId());
            followUps.watch(caseRecord.caseId(), scheduled.data().followUpAt());
            dispatcher.tell(new Notice(scheduled.id(), NoticeKind.FOLLOW_UP_SCHEDULED, caseRecord.caseId(), scheduled.data().followUpAt(), null),
                    caseRecord, Audience.of(Members.of(caseRecord)));
        });
    }

    private <T extends ActionNews> void tellResponsible(ConsumerRecord<String, byte[]> record, EventType type, Class<T> news,
                                                        NoticeKind kind) {
        inbox.handleOnce("notify-" + kind.name().toLowerCase(), record, type, news, event -> {
            ActionNews action = event.data();
            CaseRecord caseRecord = KnownCases.require(cases, action.caseId());
            dispatcher.tell(new Notice(event.id(), kind, action.caseId(), null, action.dueOn()), caseRecord,
                    Audience.responsible(Members.of(caseRecord), action.responsibleAgency(), action.responsibleRef()));
        });
    }
}
