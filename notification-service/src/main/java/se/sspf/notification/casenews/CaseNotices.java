package se.sspf.notification.casenews;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.MeetingScheduled;
import se.sspf.notification.dispatch.Dispatcher;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;

/** Meeting invitations to the invitees, and the closing of a case to everybody in it. */
@Service
@RequiredArgsConstructor
class CaseNotices {

    private final Dispatcher dispatcher;

    void meetingScheduled(UUID eventId, MeetingScheduled meeting) {
        Notice invitation = new Notice(eventId, NoticeKind.MEETING_INVITATION, meeting.caseId(), meeting.scheduledFor(),
                null);
        dispatcher.tell(invitation, members -> Audience.named(members, meeting.invitees()));
    }

    /** The consent torn up with the case is not told again: this notice already tells everybody to stop sharing. */
    void caseClosed(UUID eventId, CaseClosed closed) {
        dispatcher.tell(new Notice(eventId, NoticeKind.CASE_CLOSED, closed.caseId(), null, null), Audience::of);
    }
}
