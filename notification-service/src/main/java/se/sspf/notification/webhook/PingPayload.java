package se.sspf.notification.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import se.sspf.contracts.CloudEventAttributes;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.store.SubscriptionStore;
import tools.jackson.databind.json.JsonMapper;

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

    private static final JsonFormat JSON_FORMAT = new JsonFormat();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PingPayload() {
    }

    static String of(Notice ping, SubscriptionStore.Subscription subscription, Instant sent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", NoticeKind.PING.name());
        data.put("subscriptionId", subscription.id().toString());
        data.put("agency", subscription.agency().name());
        data.put("municipality", subscription.municipality());
        data.put("text", TEXT);
        CloudEvent event = CloudEventBuilder.v1()
                .withId(Objects.requireNonNull(ping.eventId(), "a ping has its id").toString())
                .withSource(URI.create(CloudEventAttributes.SOURCE_PREFIX + "notification-service"))
                .withType(NoticeKind.PING.webhookType())
                .withTime(OffsetDateTime.ofInstant(sent, ZoneOffset.UTC))
                .withDataContentType(CloudEventAttributes.DATA_CONTENT_TYPE)
                .withData(JSON.writeValueAsBytes(data))
                .build();
        return new String(JSON_FORMAT.serialize(event), StandardCharsets.UTF_8);
    }
}
