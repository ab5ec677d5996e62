package se.sspf.gateway.apidocs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The services' documents as one, the same whatever order they answered in: every object's keys sorted, the
 * services taken by name. Two services may each have a schema of one name (a {@code Page}): where their shapes
 * are the same the schema is one; where they differ, every service's is qualified with the service's name
 * ({@code CaseServicePage}, {@code ConsentServicePage}) and so are that service's references to it, so that a
 * client generated from the document gets each shape under a name of its own.
 */
final class MergedApiDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCHEMA_REF = "#/components/schemas/";

    /** @param document null when the service did not answer */
    record Service(String name, @Nullable JsonNode document) {

        JsonNode schemas() {
            return document == null ? NODES.missingNode() : document.path("components").path("schemas");
        }

        /** The prefix of its qualified schema names: {@code case-service} gives {@code CaseService}. */
        String prefix() {
            StringBuilder prefix = new StringBuilder();
            for (String word : name.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    prefix.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
            return prefix.toString();
        }
    }

    private MergedApiDocument() {
    }

    static JsonNode of(List<Service> answered) {
        List<Service> services = answered.stream().sorted(Comparator.comparing(Service::name)).toList();
        List<Service> present = services.stream().filter(service -> service.document() != null).toList();
        Set<String> qualified = clashingNames(present);
        ObjectNode all = NODES.objectNode();
        all.put("openapi", "3.1.0");
        all.putObject("info").put("title", "SSPF API").put("version", "v1")
                .put("description", "Every service behind the gateway. Every call needs a bearer token from the "
                        + "identity provider. Some effects are asynchronous (the services tell each other over "
                        + "Kafka): an operation's description says so, and what to read until it has happened.");
        all.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = all.putObject("paths");
        ObjectNode components = all.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        ArrayNode missing = all.putArray("x-sspf-missing");
        for (Service service : services) {
            if (service.document() == null) {
                missing.add(service.name());
                continue;
            }
            JsonNode document = withReferencesTo(qualified, service, service.document());
            document.path("paths").properties().forEach(path -> paths.set(path.getKey(), path.getValue()));
            document.path("components").path("schemas").properties().forEach(schema -> schemas.set(
                    qualified.contains(schema.getKey()) ? service.prefix() + schema.getKey() : schema.getKey(),
                    schema.getValue()));
            document.path("components").path("securitySchemes").properties()
                    .forEach(scheme -> securitySchemes.set(scheme.getKey(), scheme.getValue()));
        }
        ArrayNode security = all.putArray("security");
        securitySchemes.propertyNames().stream().sorted().forEach(scheme -> security.addObject().putArray(scheme));
        return sorted(all);
    }

    /**
     * The schema names two services give different shapes. Qualifying one changes the shape of a schema that
     * refers to it, which may then differ between the services too: so until no more names are found.
     */
    private static Set<String> clashingNames(List<Service> services) {
        Set<String> qualified = new HashSet<>();
        boolean found = true;
        while (found) {
            Map<String, Set<JsonNode>> shapes = new HashMap<>();
            for (Service service : services) {
                withReferencesTo(qualified, service, service.schemas()).properties().forEach(schema -> shapes
                        .computeIfAbsent(schema.getKey(), name -> new HashSet<>()).add(schema.getValue()));
            }
            found = false;
            for (Map.Entry<String, Set<JsonNode>> name : shapes.entrySet()) {
                found |= name.getValue().size() > 1 && qualified.add(name.getKey());
            }
        }
        return qualified;
    }

    /** A copy of the node where each reference to a qualified schema names the service's own. */
    private static JsonNode withReferencesTo(Set<String> qualified, Service service, JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(member -> {
                String ref = member.getValue().isString() ? member.getValue().asString() : "";
                if ("$ref".equals(member.getKey()) && ref.startsWith(SCHEMA_REF)
                        && qualified.contains(ref.substring(SCHEMA_REF.length()))) {
                    copy.put("$ref", SCHEMA_REF + service.prefix() + ref.substring(SCHEMA_REF.length()));
                } else {
                    copy.set(member.getKey(), withReferencesTo(qualified, service, member.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(withReferencesTo(qualified, service, element)));
            return copy;
        }
        return node;
    }

    /** A copy with every object's keys in order: the same document reads the same, byte for byte. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> members = new TreeMap<>();
            node.properties().forEach(member -> members.put(member.getKey(), sorted(member.getValue())));
            ObjectNode copy = NODES.objectNode();
            members.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(element -> elements.add(sorted(element)));
            return NODES.arrayNode().addAll(elements);
        }
        return node;
    }
}
