package se.sspf.notification.dispatch;

import java.util.List;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.sspf.contracts.Agency;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Channel;
import se.sspf.notification.domain.Language;
import se.sspf.notification.domain.Member;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.message.Composed;
import se.sspf.notification.message.MessageComposer;
import se.sspf.notification.store.DeliveryStore;
import se.sspf.notification.store.InboxStore;
import se.sspf.notification.store.NotifiedStore;
import se.sspf.notification.store.RecipientSettingsStore;
import se.sspf.notification.store.SubscriptionStore;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;

/**
 * Tells a notice to its audience, drawn from the participants of its case as the case view knows them: each user
 * in the in-app inbox at once and, where they gave an address, by e-mail, in their language; each agency's
 * systems subscribed to the notice's type by webhook. Runs in the caller's (the event inbox's, or a scan's)
 * transaction, and tells each recipient once per event however often it is redelivered. E-mail and webhooks are
 * queued and written at each attempt.
 */
@Service
@RequiredArgsConstructor
public class Dispatcher {

    private final RecipientSettingsStore settings;
    private final InboxStore inbox;
    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final MessageComposer composer;
    private final NotifiedStore notified;
    private final CaseRecords cases;

    /** A notice of an event: its case is waited for while the case view catches up, and must come (KnownCases). */
    public void tell(Notice notice, Function<List<Member>, Audience> audience) {
        tell(notice, KnownCases.require(cases, notice.caseId()), audience);
    }

    /** A notice of an event whose case this service may never hear of (none proposed it): then nobody is told. */
    public void tellIfKnown(Notice notice, Function<List<Member>, Audience> audience) {
        KnownCases.await(cases, notice.caseId()).ifPresent(caseRecord -> tell(notice, caseRecord, audience));
    }

    /** A notice a scan found due: told while the case view has its case (now) and the notice still holds of it. */
    void tellDue(Scan.Due due) {
        cases.find(due.notice().caseId()).filter(due.still())
                .ifPresent(caseRecord -> tell(due.notice(), caseRecord, due.audience()));
    }

    private void tell(Notice notice, CaseRecord caseRecord, Function<List<Member>, Audience> of) {
        Audience audience = of.apply(Members.of(caseRecord));
        for (Member user : audience.users()) {
            if (firstTime(notice, "user:" + user.ref())) {
                RecipientSettingsStore.Settings hers = settings.of(user.ref());
                // Stored nameless: the inbox names the youth when the message is read, as the consent then allows.
                Composed nameless = composer.composeWith(notice, caseRecord, null, hers.language());
                inbox.put(user.ref(), caseRecord.municipality(), notice, hers.language(), nameless.message(),
                        nameless.link());
                if (hers.email() != null) {
                    deliveries.queue(Channel.EMAIL, hers.email(), notice, user.agency(), hers.language(),
                            composer.nameless(notice, caseRecord, hers.language()).subject());
                }
            }
        }
        for (Agency agency : audience.agencies()) {
            for (SubscriptionStore.Subscription subscription : subscriptions.of(caseRecord.municipality(), agency)) {
                if (subscription.wants(notice.kind()) && firstTime(notice, "subscription:" + subscription.id())) {
                    deliveries.queue(Channel.WEBHOOK, subscription.id().toString(), notice, agency, Language.SV,
                            composer.nameless(notice, caseRecord, Language.SV).subject());
                }
            }
        }
    }

    private boolean firstTime(Notice notice, String recipient) {
        return notified.firstTime(notice.eventId(), recipient);
    }
}
