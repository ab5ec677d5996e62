package se.sspf.notification.casenews;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.MeetingScheduled;
import se.sspf.platform.caseview.CaseEventFollower;
import se.sspf.platform.inbox.EventInbox;

/**
 * case-service's events, handed over by the case view's own listener once it has taken each one in (so the case
 * and its participants are there as of the event). Its bean has a name of its own: the case view's listener
 * (platform/libraries/case-view) already has the default one.
 */
@Component("notificationCaseEventsListener")
@RequiredArgsConstructor
class CaseEventsListener implements CaseEventFollower {

    private final EventInbox inbox;
    private final CaseNotices notices;

    @Override
    public void follow(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("notify-meeting-scheduled", record, EventType.MEETING_SCHEDULED, MeetingScheduled.class,
                scheduled -> notices.meetingScheduled(scheduled.id(), scheduled.data()));
        inbox.handleOnce("notify-case-closed", record, EventType.CASE_CLOSED, CaseClosed.class,
                closed -> notices.caseClosed(closed.id(), closed.data()));
    }
}
