package se.sspf.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import se.sspf.contracts.Role;
import se.sspf.notification.store.DeliveryStore;
import se.sspf.notification.store.SubscriptionStore;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * An agency's administrator subscribes the agency's system to its notifications, sees the
 * deliveries that gave up (the dead letters) and sends them again. Each agency sees its own only.
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

    SubscriptionStore.Subscription subscribe(Caller caller, String url) {
        requireAdmin(caller);
        if (!allowHttp && !url.startsWith("https://")) {
            // A delivery may name the youth: it travels encrypted. Plain http is for the local stack.
            throw ApiProblem.ruleBroken("https-only", "url", "an agency system's endpoint is an https URL");
        }
        return subscriptions.add(caller.municipality(), caller.agency(), url, StandardWebhooks.newSecret(),
                caller.subject(), Instant.now(clock));
    }

    List<SubscriptionStore.Subscription> of(Caller caller) {
        requireAdmin(caller);
        return subscriptions.of(caller.municipality(), caller.agency());
    }

    void end(Caller caller, UUID id) {
        requireAdmin(caller);
        if (!subscriptions.end(id, caller.municipality(), caller.agency())) {
            throw ApiProblem.notFound("the subscription");
        }
    }

    List<DeliveryStore.DeadLetter> deadLetters(Caller caller) {
        requireAdmin(caller);
        return deliveries.deadTo(subscriptions.idsEverOf(caller.municipality(), caller.agency()));
    }

    void redeliver(Caller caller, UUID id) {
        requireAdmin(caller);
        if (!deliveries.redeliver(id, subscriptions.idsEverOf(caller.municipality(), caller.agency()))) {
            throw ApiProblem.notFound("the dead letter");
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.hasRole(Role.ADMIN) || caller.agency() == null) {
            throw ApiProblem.forbidden("an agency's administrator manages its subscriptions");
        }
    }
}
