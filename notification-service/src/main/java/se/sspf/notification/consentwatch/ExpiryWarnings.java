package se.sspf.notification.consentwatch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.notification.dispatch.Scan;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.ConsentWatchStore;

/**
 * Warns the case's coordinators 30 and 7 days before a consent's last day, so that it is renewed in
 * time. Each warning is a notice of its own (its id made from the consent, the threshold and the
 * day), so it is told once however often and on however many instances the scan runs; when the
 * first warning comes late, only the nearer threshold is told.
 */
@Component
@RequiredArgsConstructor
class ExpiryWarnings implements Scan {
    private static final int FIRST = 30;
    private static final int LAST = 7;

    private final ConsentWatchStore consents;

    @Override
    public List<Due> due(Clock clock) {
        LocalDate today = SwedishTime.today(clock);
        return consents.endingWithin(today, FIRST).stream().map(consent -> {
            int threshold = ChronoUnit.DAYS.between(today, consent.validUntil()) <= LAST ? LAST : FIRST;
            UUID id = Notice.idOf("consent-expiring", consent.consentId(), threshold, consent.validUntil());
            Notice warning = new Notice(id, NoticeKind.CONSENT_EXPIRING, consent.caseId(), null, consent.validUntil());
            return new Due(warning, Audience::coordinators);
        }).toList();
    }
}
