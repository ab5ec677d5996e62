package se.sspf.plan.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.plan.actionplan.PlanBook;
import se.sspf.plan.domain.Reminder;
import se.sspf.plan.store.PlanStore;
import se.sspf.plan.store.StoredPlan;
import se.sspf.platform.outbox.Outbox;

/**
 * Announces unfinished actions that are due soon or overdue (ActionDueSoon, ActionOverdue). Every
 * instance scans; the first to insert a reminder's row announces it, in the same transaction, so each
 * action gets each reminder once per due date however many instances run. A revision that moves the
 * due date earns the action its reminders again.
 */
@Component
class ActionReminders {

    private final PlanStore store;
    private final PlanBook plans;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int dueSoonDays;

    ActionReminders(PlanStore store, PlanBook plans, Outbox outbox, TransactionTemplate transaction, Clock clock,
                    @Value("${sspf.plan.due-soon-days:3}") int dueSoonDays) {
        this.store = store;
        this.plans = plans;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    /** One plan per short transaction, read in it: an action finished a moment ago is not reminded of. */
    @Scheduled(fixedDelayString = "${sspf.plan.reminder-scan-interval:60s}")
    void announceDueActions() {
        LocalDate today = plans.today();
        for (UUID caseId : store.open()) {
            transaction.executeWithoutResult(status -> store.find(caseId).map(StoredPlan::plan)
                    .ifPresent(plan -> plan.remindersDue(today, dueSoonDays).forEach(this::announceOnce)));
        }
    }

    private void announceOnce(Reminder reminder) {
        if (store.rememberReminderSent(reminder, clock.instant())) {
            outbox.publish(reminder.plan().youthRef(), reminder.event());
        }
    }
}
