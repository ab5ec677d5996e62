package se.sspf.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.EventType;
import se.sspf.contracts.WebhookType;
import se.sspf.testsupport.ContractSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed AsyncAPI document is the one the contracts make, so that it cannot drift from the topics, the event
 * and webhook types, the schemas, the examples or the deployed topics. The official parser validates it afterwards
 * (validate.mjs, in the build's integration-test phase).
 */
class AsyncApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Path COMMITTED = Path.of(System.getProperty("sspf.asyncapi.document"));
    private static final Path GENERATED = Path.of(System.getProperty("sspf.asyncapi.made"));
    private static final Path MANIFESTS = Path.of(System.getProperty("sspf.kafka.topics"));
    private static final Path README = Path.of(System.getProperty("sspf.contracts.readme"));

    @Test
    void theCommittedDocumentIsTheOneTheContractsMake() throws IOException {
        String made = JSON.writeValueAsString(new EventsDocument(new TopicManifests(MANIFESTS)).build()) + "\n";
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, made);

        assertThat(Files.readString(COMMITTED))
                .as("the contracts changed: diff %s %s, and if it is the change you meant, copy the second over the "
                        + "first", COMMITTED, GENERATED)
                .isEqualTo(made);
    }

    @Test
    void everyTopicHasAChannelWithEveryEventTypeItCarriesAndTheWebhookEveryWebhookType() throws IOException {
        JsonNode document = JSON.readTree(COMMITTED.toFile());

        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asString()));
        assertThat(addresses).containsAll(EventsDocument.topics());
        for (EventType type : EventType.values()) {
            assertThat(channelCarrying(document, type.type()).path("address").asString()).as(type.type())
                    .isEqualTo(type.topic());
        }
        for (WebhookType type : WebhookType.values()) {
            assertThat(channelCarrying(document, type.type()).path("address").isNull()).as(type.type()).isTrue();
        }
        assertThat(document.path("components").path("messages").propertyNames())
                .hasSize(EventType.values().length + WebhookType.values().length);
    }

    @Test
    void everyMessageIsItsPublishedSchemaAndItsExampleConformsToIt() throws IOException {
        JsonNode messages = JSON.readTree(COMMITTED.toFile()).path("components").path("messages");

        for (EventType type : EventType.values()) {
            JsonNode message = messages.path(type.type());
            assertThat(message.path("payload").path("$ref").asString()).isEqualTo("schemas/" + type.type()
                    + ".schema.json");
            assertThat(ContractSchemas.violations(type, message.path("examples").get(0).path("payload").toString()))
                    .as(type.type()).isEmpty();
        }
        for (WebhookType type : WebhookType.values()) {
            JsonNode message = messages.path(type.type());
            assertThat(Files.exists(COMMITTED.resolveSibling(message.path("payload").path("$ref").asString())))
                    .as(type.type()).isTrue();
            assertThat(ContractSchemas.violations(type, message.path("examples").get(0).path("payload").toString()))
                    .as(type.type()).isEmpty();
        }
    }

    @Test
    void theContractsReadmeNamesEveryTopicAndEveryType() throws IOException {
        String readme = Files.readString(README);

        assertThat(readme).contains(EventsDocument.topics());
        assertThat(readme).contains(Arrays.stream(EventType.values()).map(type -> "`" + type.type() + "`").toList());
        assertThat(readme).contains(Arrays.stream(WebhookType.values()).map(type -> "`" + type.type() + "`").toList());
    }

    /** The channel whose messages name the type. */
    private static JsonNode channelCarrying(JsonNode document, String type) {
        for (JsonNode channel : document.path("channels")) {
            for (JsonNode message : channel.path("messages")) {
                if (message.path("$ref").asString().equals("#/components/messages/" + type)) {
                    return channel;
                }
            }
        }
        throw new AssertionError("no channel carries " + type);
    }
}
