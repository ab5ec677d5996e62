package se.sspf.platform.events;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.time.ZoneOffset;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonFormat;
import se.sspf.contracts.CloudEventAttributes;
import se.sspf.contracts.EventData;
import se.sspf.contracts.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads SSPF events as CloudEvents 1.0 in structured JSON mode, with the CloudEvents SDK.
 * The wire format has a mapper of its own, so that a service tuning its REST JSON cannot change it.
 */
public final class CloudEventCodec {

    private final JsonFormat format = new JsonFormat();
    private final JsonMapper json = JsonMapper.builder()
            // additive contract changes must not break older consumers
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final URI source;

    public CloudEventCodec(String serviceName) {
        this.source = URI.create(CloudEventAttributes.SOURCE_PREFIX + serviceName);
    }

    public byte[] write(UUID eventId, Instant time, EventType type, String youthRef, EventData data) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type + " carries " + type.dataClass().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
        CloudEvent event = CloudEventBuilder.v1()
                .withId(eventId.toString())
                .withSource(source)
                .withType(type.type())
                .withTime(OffsetDateTime.ofInstant(time, ZoneOffset.UTC))
                .withSubject(youthRef)
                .withDataContentType(CloudEventAttributes.DATA_CONTENT_TYPE)
                .withData(json.writeValueAsBytes(data))
                .build();
        return format.serialize(event);
    }

    public <T> ReceivedEvent<T> read(byte[] message, EventType expected, Class<T> dataClass) {
        return readIfOfType(message, expected, dataClass).orElseThrow(() ->
                new MalformedEventException("expected an event of type " + expected.type()));
    }

    /** The event when it is of the type, else empty: a topic carries several types. Unreadable is malformed. */
    public <T> Optional<ReceivedEvent<T>> readIfOfType(byte[] message, EventType expected, Class<T> dataClass) {
        CloudEvent event = envelopeOf(message);
        if (!expected.type().equals(event.getType())) {
            return Optional.empty();
        }
        if (event.getData() == null || event.getTime() == null || event.getSubject() == null) {
            throw new MalformedEventException("event " + event.getId() + " lacks data, time or subject");
        }
        try {
            return Optional.of(new ReceivedEvent<>(UUID.fromString(event.getId()), event.getType(),
                    event.getSource().toString(), event.getTime().toInstant(), event.getSubject(),
                    json.readValue(event.getData().toBytes(), dataClass)));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedEventException("event " + event.getId() + " has unreadable data", e);
        }
    }

    /**
     * The CloudEvents {@code type} of a message, read from the envelope's top level without parsing
     * its data; empty when the message is not a JSON object with a type. For deciding how to treat a
     * record whose handling failed, where a second full parse would cost for nothing.
     */
    public Optional<String> typeOf(byte[] message) {
        if (message == null) {
            return Optional.empty();
        }
        try (JsonParser parser = json.createParser(message)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String attribute = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(attribute) && value == JsonToken.VALUE_STRING) {
                    return Optional.of(parser.getString());
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private CloudEvent envelopeOf(byte[] message) {
        if (message == null) {
            throw new MalformedEventException("empty message");
        }
        try {
            return format.deserialize(message);
        } catch (EventDeserializationException | IllegalArgumentException | IllegalStateException e) {
            throw new MalformedEventException("not a CloudEvent", e);
        }
    }
}
