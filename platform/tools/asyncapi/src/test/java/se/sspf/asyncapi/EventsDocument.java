package se.sspf.asyncapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.sspf.contracts.CloudEventAttributes;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.WebhookType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3.0 document of SSPF's events, made from the contracts themselves: a channel for every topic in
 * {@link Topics} (partitions, replicas and retention from its KafkaTopic manifest) with every {@link EventType} it
 * carries, and a channel for the webhook with every {@link WebhookType}. Each message's payload is a reference to the
 * published JSON Schema and its example is the published one, so the document cannot say other than the schemas.
 */
final class EventsDocument {

    static final String VERSION = "1.0.0";
    private static final String BINDING_VERSION = "0.5.0";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What each topic is for; a topic added to {@link Topics} without a description here fails the build. */
    private static final Map<String, String> PURPOSES = Map.of(
            Topics.AUDIT_RECORDED, "Every read or change of a youth's personal data, pseudonymous: the hash of each "
                    + "audit entry, so that a copy of the chain lives outside the services' databases.",
            Topics.CONSENT_STATE, "Compacted: the full consent state of each youth, and a heartbeat on every "
                    + "partition. What every consent gate reads; a consumer reads it from the beginning.",
            Topics.CONSENT_EVENTS, "What happened to consents: given, scope changed, revoked, torn up, expired, "
                    + "reconfirmed.",
            Topics.CASE_EVENTS, "What happened to cases: proposed, decided, activated, a participant added, a meeting "
                    + "scheduled, its minutes recorded, closed.",
            Topics.PLAN_EVENTS, "What happened to action plans: agreed, an action assigned, due soon or overdue, a "
                    + "follow-up scheduled and recorded.");

    private final TopicManifests manifests;

    EventsDocument(TopicManifests manifests) {
        this.manifests = manifests;
    }

    /** Every topic name {@link Topics} declares, sorted. */
    static List<String> topics() {
        return Arrays.stream(Topics.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(EventsDocument::valueOf).sorted().toList();
    }

    ObjectNode build() {
        ObjectNode document = JSON.createObjectNode();
        document.put("asyncapi", "3.0.0");
        document.put("id", "urn:se:sspf:events");
        ObjectNode info = document.putObject("info");
        info.put("title", "SSPF events and webhooks");
        info.put("version", VERSION);
        info.put("description", "What SSPF tells: the events on its Kafka topics and the webhooks notification-service "
                + "delivers to agencies' systems. Every message is a CloudEvent 1.0 in structured JSON mode; its "
                + "payload is the JSON Schema published beside this document (schemas/), its example the published "
                + "one (examples/). No message carries a name or a personal identity number, except a webhook's "
                + "youthName, only where a valid consent lets the receiving agency see the identity. Generated from "
                + "the contracts by platform/tools/asyncapi; do not edit by hand.");
        document.put("defaultContentType", CloudEventAttributes.CONTENT_TYPE);
        servers(document.putObject("servers"));
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (String topic : topics()) {
            String channel = channelOf(topic);
            ObjectNode described = channels.putObject(channel);
            described.put("address", topic);
            described.put("description", purposeOf(topic));
            described.putArray("servers").addObject().put("$ref", "#/servers/kafka");
            ObjectNode carried = described.putObject("messages");
            for (EventType type : EventType.values()) {
                if (type.topic().equals(topic)) {
                    carried.putObject(nameOf(type.type())).put("$ref", "#/components/messages/" + type.type());
                    messages.set(type.type(), kafkaMessage(type));
                }
            }
            described.putObject("bindings").set("kafka", topicBinding(topic));
            operation(operations, "send" + Character.toUpperCase(channel.charAt(0)) + channel.substring(1), channel,
                    carried, "The service that owns these events publishes them through its outbox, in order per "
                            + "key, acks=all.");
        }
        ObjectNode webhook = channels.putObject("agencyWebhook");
        webhook.putNull("address");
        webhook.put("description", "The https endpoint an agency's system subscribed (POST /api/subscriptions). Each "
                + "delivery is signed per Standard Webhooks (docs/integration.md): webhook-signature is v1, and the "
                + "base64 HMAC-SHA256 of webhook-id.webhook-timestamp.body keyed by the subscription's whsec_ secret.");
        webhook.putArray("servers").addObject().put("$ref", "#/servers/agencySystem");
        ObjectNode delivered = webhook.putObject("messages");
        for (WebhookType type : WebhookType.values()) {
            delivered.putObject(nameOf(type.type())).put("$ref", "#/components/messages/" + type.type());
            messages.set(type.type(), webhookMessage(type));
        }
        ObjectNode deliver = operation(operations, "deliverWebhook", "agencyWebhook", delivered,
                "notification-service POSTs each delivery; any answer but 2xx is retried with back-off, with the same "
                        + "webhook-id.");
        deliver.putObject("bindings").putObject("http").put("method", "POST").put("bindingVersion", "0.3.0");
        headers(document.withObject("/components").putObject("schemas"));
        return document;
    }

    private static void servers(ObjectNode servers) {
        ObjectNode kafka = servers.putObject("kafka");
        kafka.put("host", "{bootstrapServers}");
        kafka.put("protocol", "kafka");
        kafka.put("description", "The municipality's Kafka cluster. A deployment may put every topic behind a prefix "
                + "(SSPF_KAFKA_TOPIC_PREFIX); the addresses here are without it.");
        kafka.putObject("variables").putObject("bootstrapServers")
                .put("description", "The cluster's bootstrap servers (SSPF_KAFKA_BOOTSTRAP_SERVERS).");
        ObjectNode agency = servers.putObject("agencySystem");
        agency.put("host", "{host}");
        agency.put("pathname", "/{path}");
        agency.put("protocol", "https");
        agency.put("description", "An agency's own system, at the URL its subscription names.");
        ObjectNode variables = agency.putObject("variables");
        variables.putObject("host").put("description", "The host (and port) of the subscribed URL.");
        variables.putObject("path").put("description", "The path of the subscribed URL.");
    }

    private static ObjectNode operation(ObjectNode operations, String id, String channel, ObjectNode messages,
                                        String description) {
        ObjectNode operation = operations.putObject(id);
        operation.put("action", "send");
        operation.putObject("channel").put("$ref", "#/channels/" + channel);
        operation.put("description", description);
        ArrayNode sent = operation.putArray("messages");
        messages.propertyNames().forEach(name ->
                sent.addObject().put("$ref", "#/channels/" + channel + "/messages/" + name));
        return operation;
    }

    private ObjectNode topicBinding(String topic) {
        TopicManifests.Topic deployed = manifests.of(topic);
        ObjectNode binding = JSON.createObjectNode();
        binding.put("topic", topic);
        binding.put("partitions", deployed.partitions());
        binding.put("replicas", deployed.replicas());
        ObjectNode configuration = binding.putObject("topicConfiguration");
        configuration.putArray("cleanup.policy").add((String) deployed.config().get("cleanup.policy"));
        for (String setting : List.of("retention.ms", "delete.retention.ms")) {
            if (deployed.config().get(setting) instanceof Number value) {
                configuration.put(setting, value.longValue());
            }
        }
        binding.put("bindingVersion", BINDING_VERSION);
        return binding;
    }

    private static ObjectNode kafkaMessage(EventType type) {
        ObjectNode message = message(type.type(), type.schemaResource(), type.exampleResource());
        message.putObject("headers").put("$ref", "#/components/schemas/KafkaHeaders");
        ObjectNode key = JSON.createObjectNode();
        if (type == EventType.CONSENT_HEARTBEAT) {
            // A heartbeat is sent to its partition by number.
            key.put("type", "string").put("pattern", "^heartbeat-[0-9]+$")
                    .put("description", "heartbeat-<partition>: one heartbeat record a partition, compacted.");
        } else if (type == EventType.WORKING_GROUP_MEETING_SCHEDULED) {
            // A group's meeting is about no one youth: its group's events stay in order by the group's id.
            key.put("type", "string").put("format", "uuid")
                    .put("description", "The group's id: a group's meeting is about no one youth.");
        } else {
            key.put("$ref", "schemas/cloudevent.schema.json#/$defs/youthRef");
        }
        ObjectNode binding = message.putObject("bindings").putObject("kafka");
        binding.set("key", key);
        binding.put("bindingVersion", BINDING_VERSION);
        return message;
    }

    private static ObjectNode webhookMessage(WebhookType type) {
        ObjectNode message = message(type.type(), type.schemaResource(), type.exampleResource());
        message.putObject("headers").put("$ref", "#/components/schemas/WebhookHeaders");
        return message;
    }

    private static ObjectNode message(String type, String schemaResource, String exampleResource) {
        JsonNode schema = resource(schemaResource);
        ObjectNode message = JSON.createObjectNode();
        message.put("name", nameOf(type));
        message.put("title", schema.path("title").asString());
        message.put("summary", schema.path("description").asString());
        message.put("contentType", CloudEventAttributes.CONTENT_TYPE);
        message.putObject("payload").put("$ref", schemaResource.substring("contracts/".length()));
        message.putArray("examples").addObject().put("name", nameOf(type)).set("payload", resource(exampleResource));
        return message;
    }

    private static void headers(ObjectNode schemas) {
        ObjectNode kafka = schemas.putObject("KafkaHeaders");
        kafka.put("type", "object");
        kafka.putArray("required").add("content-type");
        ObjectNode kafkaHeaders = kafka.putObject("properties");
        kafkaHeaders.putObject("content-type").put("const", CloudEventAttributes.CONTENT_TYPE);
        kafkaHeaders.putObject("traceparent").put("type", "string")
                .put("description", "W3C trace context of the request that caused the event, where it was traced.");
        ObjectNode webhook = schemas.putObject("WebhookHeaders");
        webhook.put("type", "object");
        webhook.putArray("required").add("content-type").add("webhook-id").add("webhook-timestamp")
                .add("webhook-signature");
        ObjectNode webhookHeaders = webhook.putObject("properties");
        webhookHeaders.putObject("content-type").put("const", CloudEventAttributes.CONTENT_TYPE);
        webhookHeaders.putObject("webhook-id").put("type", "string").put("format", "uuid")
                .put("description", "The delivery's id, the same on every attempt: drop a repeat.");
        webhookHeaders.putObject("webhook-timestamp").put("type", "string").put("pattern", "^[0-9]+$")
                .put("description", "When this attempt was sent, in seconds since the epoch; refuse one more than "
                        + "5 minutes away from your clock.");
        webhookHeaders.putObject("webhook-signature").put("type", "string")
                .put("pattern", "^v1,[A-Za-z0-9+/]+={0,2}( v1,[A-Za-z0-9+/]+={0,2})*$")
                .put("description", "v1, and the base64 HMAC-SHA256 of webhook-id.webhook-timestamp.body, keyed by "
                        + "the base64-decoded secret after whsec_.");
    }

    /** se.sspf.casework.CaseClosed.v1 → CaseClosed. */
    static String nameOf(String type) {
        String[] parts = type.split("\\.");
        return parts[parts.length - 2];
    }

    /** sspf.case.events.v1 → caseEvents. */
    private static String channelOf(String topic) {
        String[] parts = topic.split("\\.");
        return parts[1] + Character.toUpperCase(parts[2].charAt(0)) + parts[2].substring(1);
    }

    private static String purposeOf(String topic) {
        String purpose = PURPOSES.get(topic);
        if (purpose == null) {
            throw new IllegalStateException(topic + " has no description in EventsDocument.PURPOSES");
        }
        return purpose;
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode resource(String name) {
        try (InputStream in = EventsDocument.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the contracts publish no " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
