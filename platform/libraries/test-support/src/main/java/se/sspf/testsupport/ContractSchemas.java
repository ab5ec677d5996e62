package se.sspf.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import se.sspf.contracts.EventType;
import se.sspf.contracts.WebhookType;

/**
 * Checks an event or webhook document against the JSON Schema that {@code platform/libraries/contracts} publishes for
 * its type.
 */
public final class ContractSchemas {

    private static final String SCHEMA_BASE = "https://schemas.sspf.se/contracts/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers ->
            mappers.mapPrefix(SCHEMA_BASE, "classpath:contracts/schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private ContractSchemas() {
    }

    /** What is wrong with the document, one line a problem; empty when it conforms. */
    public static List<String> violations(EventType type, String cloudEventJson) {
        return violations(type.type(), cloudEventJson);
    }

    /** What is wrong with a webhook's body, one line a problem; empty when it conforms. */
    public static List<String> violations(WebhookType type, String cloudEventJson) {
        return violations(type.type(), cloudEventJson);
    }

    /**
     * What is wrong with a webhook's body against the schema its own {@code type} names; a type the catalogue does
     * not know is a problem too.
     */
    public static List<String> webhookViolations(String cloudEventJson) {
        try {
            String type = JSON.readTree(cloudEventJson).path("type").asText();
            return Arrays.stream(WebhookType.values()).filter(known -> known.type().equals(type))
                    .findFirst().map(known -> violations(known, cloudEventJson))
                    .orElse(List.of("no published webhook type: " + type));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private static List<String> violations(String type, String cloudEventJson) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + type + ".schema.json"), CONFIG);
        try {
            JsonNode document = JSON.readTree(cloudEventJson);
            return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** The fields the schema gives the event's {@code data}, sorted. */
    public static List<String> dataFieldsOf(EventType type) {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            JsonNode data = JSON.readTree(in).path("properties").path("data").path("properties");
            List<String> fields = new java.util.ArrayList<>();
            data.fieldNames().forEachRemaining(fields::add);
            return fields.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example document that the contract ships for this type. */
    public static String example(EventType type) {
        return resource(type.exampleResource());
    }

    /** The example body that the contract ships for this webhook type. */
    public static String example(WebhookType type) {
        return resource(type.exampleResource());
    }

    private static String resource(String name) {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no example at " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
