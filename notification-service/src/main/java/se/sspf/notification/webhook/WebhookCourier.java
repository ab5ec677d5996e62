package se.sspf.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.sspf.contracts.CloudEventAttributes;
import se.sspf.notification.delivery.Courier;
import se.sspf.notification.domain.Channel;
import se.sspf.notification.domain.Delivery;
import se.sspf.notification.message.Composed;
import se.sspf.notification.store.SubscriptionStore;

/**
 * POSTs a CloudEvent (structured JSON) to the agency's endpoint, signed per Standard Webhooks. The
 * delivery's id is the {@code webhook-id}, the same on every attempt, so a receiver can drop repeats.
 * Anything but a 2xx answer is a failure, tried again later.
 */
@Component
class WebhookCourier implements Courier {

    private final SubscriptionStore subscriptions;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    WebhookCourier(SubscriptionStore subscriptions, @Value("${sspf.notification.delivery.timeout}") Duration timeout,
                   Clock clock) {
        this.subscriptions = subscriptions;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void deliver(Delivery delivery, Composed composed) throws Exception {
        SubscriptionStore.Subscription subscription = subscriptionOf(delivery);
        Instant sent = clock.instant();
        post(subscription, delivery, sent, WebhookPayload.of(delivery.notice(), composed, sent));
    }

    @Override
    public void deliverPing(Delivery delivery) throws Exception {
        SubscriptionStore.Subscription subscription = subscriptionOf(delivery);
        Instant sent = clock.instant();
        post(subscription, delivery, sent, PingPayload.of(delivery.notice(), subscription, sent));
    }

    private SubscriptionStore.Subscription subscriptionOf(Delivery delivery) {
        return subscriptions.active(UUID.fromString(delivery.target()))
                .orElseThrow(() -> new IllegalStateException("the subscription has ended"));
    }

    private void post(SubscriptionStore.Subscription subscription, Delivery delivery, Instant sent, String payload)
            throws Exception {
        long timestamp = sent.getEpochSecond();
        String id = delivery.id().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(timeout)
                .header("Content-Type", CloudEventAttributes.CONTENT_TYPE)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhooks.sign(subscription.secret(), id, timestamp, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status < 200 || status > 299) {
            throw new IllegalStateException("the endpoint answered " + status);
        }
    }
}
