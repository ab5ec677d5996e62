package se.sspf.notification.followup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.notification.dispatch.Dispatcher;
import se.sspf.notification.dispatch.Members;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.FollowUpWatchStore;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;

/**
 * Reminds everybody in an open case of its follow-up within the last day before it. The reminder is
 * a notice of its own (its id made from the case and the follow-up's time), so it is told once; a
 * follow-up moved to another time is reminded of again.
 */
@Component
class FollowUpReminders {

    private static final Duration AHEAD = Duration.ofDays(1);

    private final FollowUpWatchStore watch;
    private final CaseRecords cases;
    private final Dispatcher dispatcher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FollowUpReminders(FollowUpWatchStore watch, CaseRecords cases, Dispatcher dispatcher,
                      TransactionTemplate transaction, Clock clock) {
        this.watch = watch;
        this.cases = cases;
        this.dispatcher = dispatcher;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sspf.notification.reminder-scan-interval}")
    void remind() {
        Instant now = clock.instant();
        for (FollowUpWatchStore.Watched followUp : watch.between(now, now.plus(AHEAD))) {
            UUID noticeId = UUID.nameUUIDFromBytes(("follow-up-reminder/" + followUp.caseId() + "/" + followUp.followUpAt())
                    .getBytes(StandardCharsets.UTF_8));
            transaction.executeWithoutResult(status -> cases.find(followUp.caseId())
                    .filter(caseRecord -> caseRecord.status() != CaseRecord.Status.CLOSED)
                    .ifPresent(caseRecord -> dispatcher.tell(new Notice(noticeId, NoticeKind.FOLLOW_UP_REMINDER, caseRecord.caseId(),
                            followUp.followUpAt(), null), caseRecord, Audience.of(Members.of(caseRecord)))));
        }
    }
}
