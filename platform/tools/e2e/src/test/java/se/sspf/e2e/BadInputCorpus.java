package se.sspf.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests made from valid ones: each value of a valid body spoiled in the ways a careless or hostile client
 * spoils it (a NUL, a lone surrogate or an escape character in text, an enum's ordinal or an unknown name, an
 * impossible date, a fraction for a count, a personal identity number as a reference, a null in a list, a property
 * nobody asked for), and the whole body spoiled (not JSON, not an object, empty, another content type). Each names
 * the field the answer must name.
 */
final class BadInputCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** What JSON can say and a serializer would never write: put in as a placeholder, escaped in the text. */
    private static final Map<String, String> ESCAPED = Map.of("\u2603NUL\u2603", "\\u0000",
            "\u2603SURROGATE\u2603", "\\ud800", "\u2603ESC\u2603", "\\u001b");
    private static final Map<String, String> SPOILT_TEXT = Map.of("NUL in text", "\u2603NUL\u2603",
            "lone surrogate in text", "\u2603SURROGATE\u2603", "control character in text", "\u2603ESC\u2603");
    private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z_]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+Z");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern ID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");
    private static final Pattern PREFIXED = Pattern.compile("[A-Z]-.+");
    /** Fields and lists that hold references to people, which must never be able to hold a personal number. */
    private static final Set<String> REFERENCES = Set.of("ref", "participantRef", "guardianRef", "invitees",
            "guardiansWithCustody");
    private static final List<String> PERSONAL_NUMBERS = List.of("198511142393", "851114-2393");

    private final List<BadInput> inputs = new ArrayList<>();

    List<BadInput> inputs() {
        return List.copyOf(inputs);
    }

    /** Every spoilt variant of a valid JSON request. */
    BadInputCorpus spoiling(String user, String method, String path, Object valid, Map<String, String> headers) {
        JsonNode body = JSON.valueToTree(valid);
        String json = JSON.writeValueAsString(body);
        add("not JSON", user, method, path, json.substring(0, json.length() / 2), headers, "body");
        add("not an object", user, method, path, "[" + json + "]", headers, "body");
        add("empty body", user, method, path, "", headers, "body");
        add("another content type", user, method, path, json, with(headers, "Content-Type", "text/plain"),
                "Content-Type");
        walk(body, new ArrayList<>(), spoilt -> add(spoilt.kind(), user, method, path, spoilt.json(), headers,
                spoilt.names()));
        return this;
    }

    /** One request written by hand, e.g. a parameter out of range or a rule a mutation does not reach. */
    BadInputCorpus request(String kind, String user, String method, String path, Object body, String names) {
        return request(kind, user, method, path, body, Map.of(), names);
    }

    BadInputCorpus request(String kind, String user, String method, String path, Object body,
                           Map<String, String> headers, String names) {
        add(kind, user, method, path, body == null ? null : JSON.writeValueAsString(body), headers, names);
        return this;
    }

    private void add(String kind, String user, String method, String path, String body, Map<String, String> headers,
                     String names) {
        inputs.add(new BadInput(kind, user, method, path, body, headers, names));
    }

    private record Spoilt(String kind, String json, String names) {
    }

    /** Spoils the value at {@code at} in {@code root} and every value below it. */
    private static void walk(JsonNode root, List<Object> at, Consumer<Spoilt> spoilt) {
        JsonNode value = locate(root, at);
        String names = nameOf(at);
        if (value.isObject()) {
            JsonNode extended = root.deepCopy();
            ((ObjectNode) locate(extended, at)).put("colour", "blue");
            spoilt.accept(new Spoilt("unknown property", JSON.writeValueAsString(extended),
                    names.isEmpty() ? "colour" : names + ".colour"));
            for (String property : value.propertyNames()) {
                walk(root, append(at, property), spoilt);
            }
        } else if (value.isArray()) {
            JsonNode extended = root.deepCopy();
            ((ArrayNode) locate(extended, at)).addNull();
            spoilt.accept(new Spoilt("null in a list", JSON.writeValueAsString(extended), names));
            for (int i = 0; i < value.size(); i++) {
                walk(root, append(at, i), spoilt);
            }
        } else if (value.isString()) {
            spoilString(root, at, value.asString(), spoilt);
        } else if (value.isIntegralNumber()) {
            spoilt.accept(replaced(root, at, "fraction for a whole number", NODES.numberNode(1.5)));
        } else if (value.isBoolean()) {
            spoilt.accept(replaced(root, at, "word for a boolean", NODES.stringNode("perhaps")));
        }
    }

    /** Text gets the characters no text may hold; a value of a type (a name, a date, an id) a value of no type. */
    private static void spoilString(JsonNode root, List<Object> at, String text, Consumer<Spoilt> spoilt) {
        if (ENUM_NAME.matcher(text).matches()) {
            spoilt.accept(replaced(root, at, "enum ordinal", NODES.numberNode(1)));
            spoilt.accept(replaced(root, at, "unknown enum name", NODES.stringNode("NO_SUCH_" + text)));
        } else if (DATE.matcher(text).matches()) {
            spoilt.accept(replaced(root, at, "impossible date", NODES.stringNode(text.substring(0, 5) + "02-30")));
        } else if (INSTANT.matcher(text).matches()) {
            spoilt.accept(replaced(root, at, "time without a zone", NODES.stringNode(text.replace("Z", ""))));
        } else if (TIME.matcher(text).matches()) {
            spoilt.accept(replaced(root, at, "impossible time of day", NODES.stringNode("25:00")));
        } else if (ID.matcher(text).matches()) {
            spoilt.accept(replaced(root, at, "not an id", NODES.stringNode("not-an-id")));
        } else {
            SPOILT_TEXT.forEach((kind, placeholder) ->
                    spoilt.accept(replaced(root, at, kind, NODES.stringNode(text + placeholder))));
        }
        if (isReference(at)) {
            String prefix = PREFIXED.matcher(text).matches() ? text.substring(0, 2) : "";
            PERSONAL_NUMBERS.forEach(number -> spoilt.accept(replaced(root, at, "personal number as reference",
                    NODES.stringNode(prefix + number))));
        }
    }

    private static boolean isReference(List<Object> at) {
        for (int i = at.size() - 1; i >= 0; i--) {
            if (at.get(i) instanceof String property) {
                return REFERENCES.contains(property);
            }
        }
        return false;
    }

    private static Spoilt replaced(JsonNode root, List<Object> at, String kind, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = locate(copy, at.subList(0, at.size() - 1));
        Object last = at.get(at.size() - 1);
        if (last instanceof String property) {
            ((ObjectNode) parent).set(property, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
        String json = JSON.writeValueAsString(copy);
        for (Map.Entry<String, String> escape : ESCAPED.entrySet()) {
            json = json.replace(escape.getKey(), escape.getValue());
        }
        return new Spoilt(kind, json, nameOf(at));
    }

    private static JsonNode locate(JsonNode root, List<Object> at) {
        JsonNode node = root;
        for (Object step : at) {
            node = step instanceof String property ? node.get(property) : node.get((Integer) step);
        }
        return node;
    }

    /** The path as the problems name it: {@code terms.signatures[1].guardianRef}. */
    private static String nameOf(List<Object> at) {
        StringBuilder name = new StringBuilder();
        for (Object step : at) {
            if (step instanceof String property) {
                name.append(name.isEmpty() ? "" : ".").append(property);
            } else {
                name.append('[').append(step).append(']');
            }
        }
        return name.toString();
    }

    private static List<Object> append(List<Object> at, Object step) {
        List<Object> longer = new ArrayList<>(at);
        longer.add(step);
        return longer;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return all;
    }
}
