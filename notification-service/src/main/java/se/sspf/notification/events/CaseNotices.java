package se.sspf.notification.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.MeetingScheduled;
import se.sspf.notification.dispatch.Dispatcher;
import se.sspf.notification.dispatch.KnownCases;
import se.sspf.notification.dispatch.Members;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.platform.caseview.CaseEventFollower;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.inbox.EventInbox;

/** Meeting invitations to the invitees, and the closing of a case to everybody in it. */
@Component
class CaseNotices implements CaseEventFollower {

    private final EventInbox inbox;
    private final CaseRecords cases;
    private final Dispatcher dispatcher;

    CaseNotices(EventInbox inbox, CaseRecords cases, Dispatcher dispatcher) {
        this.inbox = inbox;
        this.cases = cases;
        this.dispatcher = dispatcher;
    }

    @Override
    public void follow(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("notify-meeting-scheduled", record, EventType.MEETING_SCHEDULED, MeetingScheduled.class, scheduled -> {
            CaseRecord caseRecord = KnownCases.require(cases, scheduled.data().caseId());
            dispatcher.tell(new Notice(scheduled.id(), NoticeKind.MEETING_INVITATION, caseRecord.caseId(), scheduled.data().scheduledFor(), null),
                    caseRecord, Audience.named(Members.of(caseRecord), scheduled.data().invitees()));
        });
        inbox.handleOnce("notify-case-closed", record, EventType.CASE_CLOSED, CaseClosed.class, closed -> {
            CaseRecord caseRecord = KnownCases.require(cases, closed.data().caseId());
            dispatcher.tell(new Notice(closed.id(), NoticeKind.CASE_CLOSED, caseRecord.caseId(), null, null), caseRecord,
                    Audience.of(Members.of(caseRecord)));
        });
    }
}
