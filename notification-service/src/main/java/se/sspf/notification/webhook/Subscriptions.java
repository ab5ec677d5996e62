package se.sspf.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import se.sspf.contracts.Role;
import se.sspf.notification.domain.Channel;
import se.sspf.notification.domain.Language;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.DeliveryStore;
import se.sspf.notification.store.SubscriptionStore;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * An agency's administrator, or the agency's own system, subscribes the system to the agency's notifications
 * of the types it wants, asks for a test ping, sees the deliveries that gave up (the dead letters) and sends them
 * again. Each agency sees its own only.
 */
@Service
class Subscriptions {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final boolean allowHttp;
    private final Clock clock;

    Subscriptions(SubscriptionStore subscriptions, DeliveryStore deliveries,
                  @Value("${sspf.notification.webhook.allow-http}") boolean allowHttp, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.allowHttp = allowHttp;
        this.clock = clock;
    }

    /** @param eventTypes the webhook types wanted, each once; none: every type, also those to come */
    SubscriptionStore.Subscription subscribe(Caller caller, String url, List<String> eventTypes) {
        requireManager(caller);
        if (!allowHttp && !url.startsWith("https://")) {
            // A delivery may name the youth: it travels encrypted. Plain http is for the local stack.
            throw ApiProblem.ruleBroken("https-only", "url", "an agency system's endpoint is an https URL");
        }
        return subscriptions.add(caller.municipality(), caller.agency(), url, StandardWebhooks.newSecret(),
                known(eventTypes), caller.subject(), Instant.now(clock));
    }

    /**
     * Queues a test ping to the agency's subscription, signed and retried as every delivery.
     *
     * @return the ping's id, the CloudEvent's {@code id} the system receives
     */
    UUID ping(Caller caller, UUID subscriptionId) {
        requireManager(caller);
        SubscriptionStore.Subscription subscription = subscriptions
                .activeOf(subscriptionId, caller.municipality(), caller.agency())
                .orElseThrow(() -> ApiProblem.notFound("the subscription"));
        UUID pingId = UUID.randomUUID();
        deliveries.queue(Channel.WEBHOOK, subscription.id().toString(),
                new Notice(pingId, NoticeKind.PING, null, null, null), subscription.agency(), Language.EN,
                PingPayload.SUBJECT);
        return pingId;
    }

    List<SubscriptionStore.Subscription> of(Caller caller) {
        requireManager(caller);
        return subscriptions.of(caller.municipality(), caller.agency());
    }

    void end(Caller caller, UUID id) {
        requireManager(caller);
        if (!subscriptions.end(id, caller.municipality(), caller.agency())) {
            throw ApiProblem.notFound("the subscription");
        }
    }

    List<DeliveryStore.DeadLetter> deadLetters(Caller caller) {
        requireManager(caller);
        return deliveries.deadTo(subscriptions.idsEverOf(caller.municipality(), caller.agency()));
    }

    void redeliver(Caller caller, UUID id) {
        requireManager(caller);
        if (!deliveries.redeliver(id, subscriptions.idsEverOf(caller.municipality(), caller.agency()))) {
            throw ApiProblem.notFound("the dead letter");
        }
    }

    private static List<String> known(List<String> eventTypes) {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            String type = eventTypes.get(i);
            if (NoticeKind.subscribableByWebhookType(type).isEmpty()) {
                throw ApiProblem.ruleBroken("known-event-type", "eventTypes[" + i + "]",
                        "not a webhook type a system can subscribe to");
            }
            if (!known.contains(type)) {
                known.add(type);
            }
        }
        return known;
    }

    /** The agency's administrator, or the agency's own system; not the platform's services, which have no agency. */
    private static void requireManager(Caller caller) {
        if (caller.agency() == null || !(caller.hasRole(Role.ADMIN) || caller.agencySystem())) {
            throw ApiProblem.forbidden("an agency's administrator or system manages its subscriptions");
        }
    }
}
