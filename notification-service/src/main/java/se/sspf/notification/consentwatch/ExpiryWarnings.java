package se.sspf.notification.consentwatch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.notification.dispatch.Dispatcher;
import se.sspf.notification.dispatch.Members;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.ConsentWatchStore;
import se.sspf.platform.caseview.CaseRecords;

/**
 * Warns the case's coordinators 30 and 7 days before a consent's last day, so that it is renewed in
 * time. Each warning is a notice of its own (its id made from the consent, the threshold and the
 * day), so it is told once however often and on however many instances the scan runs; when the
 * first warning comes late, only the nearer threshold is told.
 */
@Component
class ExpiryWarnings {
    private static final int FIRST = 30;
    private static final int LAST = 7;

    private final ConsentWatchStore watch;
    private final CaseRecords cases;
    private final Dispatcher dispatcher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ExpiryWarnings(ConsentWatchStore watch, CaseRecords cases, Dispatcher dispatcher, TransactionTemplate transaction,
                   Clock clock) {
        this.watch = watch;
        this.cases = cases;
        this.dispatcher = dispatcher;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sspf.notification.reminder-scan-interval}")
    void warn() {
        LocalDate today = SwedishTime.today(clock);
        for (ConsentWatchStore.Watched consent : watch.endingWithin(today, FIRST)) {
            int threshold = ChronoUnit.DAYS.between(today, consent.validUntil()) <= LAST ? LAST : FIRST;
            UUID noticeId = UUID.nameUUIDFromBytes(("consent-expiring/" + consent.consentId() + "/" + threshold + "/" + consent.validUntil())
                    .getBytes(StandardCharsets.UTF_8));
            transaction.executeWithoutResult(status -> cases.find(consent.caseId()).ifPresent(caseRecord ->
                    dispatcher.tell(new Notice(noticeId, NoticeKind.CONSENT_EXPIRING, caseRecord.caseId(), null, consent.validUntil()),
                            caseRecord, Audience.coordinators(Members.of(caseRecord)))));
        }
    }
}
