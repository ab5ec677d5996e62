package se.sspf.notification.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.SubscriptionStore;

/**
 * The test ping an agency's system receives when its administrator or the system itself asks for one: a
 * CloudEvent of type {@code se.sspf.notification.Ping.v1} from the same source as every notice, whose data names
 * the subscription, its agency and municipality, and says in a fixed English text that it is a test. It is about
 * no case and names nobody.
 */
final class PingPayload {

    /** For the dead-letter list, as a notice's subject is. */
    static final String SUBJECT = "Test ping";
    static final String TEXT = "This is a test ping from SSPF. Your system receives its agency's webhooks; "
            + "verify the signature with the subscription's secret.";

    private PingPayload() {
    }

    static String of(Notice ping, SubscriptionStore.Subscription subscription, Instant sent) {
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("kind", NoticeKind.PING.name());
        data.put("subscriptionId", subscription.id().toString());
        data.put("agency", subscription.agency().name());
        data.put("municipality", subscription.municipality());
        data.put("text", TEXT);
        return WebhookPayload.envelope(Objects.requireNonNull(ping.eventId(), "a ping has its id"), NoticeKind.PING,
                data, sent);
    }
}
