package se.sspf.notification.plannews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.notification.dispatch.Scan;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.FollowUpWatchStore;
import se.sspf.platform.caseview.CaseRecord;

/**
 * Reminds everybody in an open case of its follow-up within the last day before it. The reminder is
 * a notice of its own (its id made from the case and the follow-up's time), so it is told once; a
 * follow-up moved to another time is reminded of again.
 */
@Component
@RequiredArgsConstructor
class FollowUpReminders implements Scan {

    private static final Duration AHEAD = Duration.ofDays(1);

    private final FollowUpWatchStore followUps;

    @Override
    public List<Due> due(Clock clock) {
        Instant now = clock.instant();
        return followUps.between(now, now.plus(AHEAD)).stream().map(followUp -> {
            UUID id = Notice.idOf("follow-up-reminder", followUp.caseId(), followUp.followUpAt());
            Notice reminder = new Notice(id, NoticeKind.FOLLOW_UP_REMINDER, followUp.caseId(), followUp.followUpAt(),
                    null);
            return new Due(reminder, Audience::of, caseRecord -> caseRecord.status() != CaseRecord.Status.CLOSED);
        }).toList();
    }
}
