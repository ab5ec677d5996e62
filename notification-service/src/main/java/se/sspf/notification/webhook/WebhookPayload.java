package se.sspf.notification.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import org.jspecify.annotations.Nullable;
import se.sspf.contracts.CloudEventAttributes;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.message.Composed;
import se.sspf.platform.caseview.CaseRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an agency system receives: a CloudEvent of type {@code se.sspf.notification.<Kind>.v1} whose
 * data is the notice (case id and code, kind, dates) and the message as the agency's people read it
 * — with the youth's name only where the consent lets the agency see it now.
 */
final class WebhookPayload {

    private static final JsonFormat JSON_FORMAT = new JsonFormat();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayload() {
    }

    /** {@code sent} by the service's one clock: the event's time is the moment it is sent, as its signature's. */
    static String of(Notice notice, Composed composed, Instant sent) {
        CaseRecord caseRecord = composed.caseRecord();
        // Without the name, a personal notice tells no details either: only that there is something.
        boolean details = composed.youthName() != null || !notice.kind().personal();
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("kind", notice.kind().name());
        data.put("caseId", caseRecord.caseId().toString());
        data.put("caseCode", caseRecord.caseCode());
        data.put("municipality", caseRecord.municipality());
        data.put("at", details && notice.at() != null ? notice.at().toString() : null);
        data.put("day", details && notice.day() != null ? notice.day().toString() : null);
        data.put("youthName", composed.youthName());
        data.put("subject", composed.message().subject());
        data.put("text", composed.message().body());
        data.put("link", composed.link());
        return envelope(Notice.idOf(notice.eventId(), caseRecord.caseId()), notice.kind(), data, sent);
    }

    /** The CloudEvent every delivery is, a notice's or the ping's: one source, the kind's published type. */
    static String envelope(UUID id, NoticeKind kind, Map<String, @Nullable Object> data, Instant sent) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(URI.create(CloudEventAttributes.SOURCE_PREFIX + "notification-service"))
                .withType(kind.webhookType())
                .withTime(OffsetDateTime.ofInstant(sent, ZoneOffset.UTC))
                .withDataContentType(CloudEventAttributes.DATA_CONTENT_TYPE)
                .withData(JSON.writeValueAsBytes(data))
                .build();
        return new String(JSON_FORMAT.serialize(event), StandardCharsets.UTF_8);
    }
}
