package se.sspf.notification.plannews;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.sspf.contracts.plan.ActionNews;
import se.sspf.contracts.plan.FollowUpScheduled;
import se.sspf.notification.dispatch.Dispatcher;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.FollowUpWatchStore;

/**
 * Actions to the person or agency responsible, their reminders also to the case's navigators; follow-ups to everybody in the case, and watched, to remind of
 * them ({@link FollowUpReminders}).
 */
@Service
@RequiredArgsConstructor
class PlanNotices {

    private final Dispatcher dispatcher;
    private final FollowUpWatchStore followUps;

    /** An assigned action to its responsible; its reminders (due soon, overdue) to the case's navigators too. */
    void actionNews(UUID eventId, NoticeKind kind, ActionNews action) {
        dispatcher.tell(new Notice(eventId, kind, action.caseId(), null, action.dueOn()),
                members -> kind == NoticeKind.ACTION_ASSIGNED
                        ? Audience.responsible(members, action.responsibleAgency(), action.responsibleRef())
                        : Audience.reminded(members, action.responsibleAgency(), action.responsibleRef()));
    }

    void followUpScheduled(UUID eventId, FollowUpScheduled scheduled) {
        dispatcher.tell(new Notice(eventId, NoticeKind.FOLLOW_UP_SCHEDULED, scheduled.caseId(), scheduled.followUpAt(),
                null), Audience::of);
        followUps.watch(scheduled.caseId(), scheduled.followUpAt());
    }
}
