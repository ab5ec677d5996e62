package se.sspf.notification.dispatch;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.sspf.contracts.Agency;
import se.sspf.notification.delivery.Channel;
import se.sspf.notification.delivery.Deliveries;
import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Language;
import se.sspf.notification.domain.Member;
import se.sspf.notification.domain.Message;
import se.sspf.notification.domain.MessageTemplates;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.inbox.Inbox;
import se.sspf.notification.names.YouthNames;
import se.sspf.notification.recipients.RecipientSettings;
import se.sspf.notification.webhook.Subscriptions;
import se.sspf.notification.webhook.WebhookPayload;
import se.sspf.platform.caseview.CaseRecord;

/**
 * Tells a notice to its audience: each user in the in-app inbox and, where they gave an address, by
 * e-mail, in their language; each agency's subscribed systems by webhook. Runs in the caller's (the
 * event inbox's) transaction, and tells each recipient once per event however often it is redelivered.
 * The youth's name is asked for at this moment, per recipient agency, and only what case-service
 * gives goes out.
 */
@Service
public class Dispatcher {

    private final RecipientSettings settings;
    private final Inbox inbox;
    private final Deliveries deliveries;
    private final Subscriptions subscriptions;
    private final YouthNames youthNames;
    private final JdbcClient jdbc;
    private final String webUrl;

    Dispatcher(RecipientSettings settings, Inbox inbox, Deliveries deliveries, Subscriptions subscriptions, YouthNames youthNames,
               JdbcClient jdbc, @Value("${sspf.notification.web-url}") String webUrl) {
        this.settings = settings;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.youthNames = youthNames;
        this.jdbc = jdbc;
        this.webUrl = webUrl;
    }

    public void tell(Notice notice, CaseRecord caseRecord, Audience audience) {
        String link = webUrl + "/cases/" + caseRecord.caseId();
        Map<Agency, Optional<String>> names = new EnumMap<>(Agency.class);
        for (Member user : audience.users()) {
            if (firstTime(notice, "user:" + user.ref())) {
                RecipientSettings.Settings hers = settings.of(user.ref());
                String name = names.computeIfAbsent(user.agency(), agency -> youthNames.nameFor(caseRecord, agency)).orElse(null);
                Message message = MessageTemplates.render(notice, caseRecord.caseCode(), name, hers.language(), link);
                inbox.put(user.ref(), caseRecord.municipality(), caseRecord.caseId(), notice.kind(), message, link);
                if (hers.email() != null) {
                    deliveries.queue(Channel.EMAIL, hers.email(), message.subject(), message.body());
                }
            }
        }
        for (Agency agency : audience.agencies()) {
            for (Subscriptions.Subscription subscription : subscriptions.of(caseRecord.municipality(), agency)) {
                if (firstTime(notice, "subscription:" + subscription.id())) {
                    String name = names.computeIfAbsent(agency, any -> youthNames.nameFor(caseRecord, agency)).orElse(null);
                    Message message = MessageTemplates.render(notice, caseRecord.caseCode(), name, Language.SV, link);
                    deliveries.queue(Channel.WEBHOOK, subscription.id().toString(), message.subject(),
                            WebhookPayload.of(notice, caseRecord, message, name, link));
                }
            }
        }
    }

    private boolean firstTime(Notice notice, String recipient) {
        return jdbc.sql("insert into notified (event_id, recipient) values (?, ?) on conflict do nothing")
                .params(notice.eventId(), recipient)
                .update() == 1;
    }
}
