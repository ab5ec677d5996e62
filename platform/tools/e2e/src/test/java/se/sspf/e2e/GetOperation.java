package se.sspf.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * A GET operation of the gateway's OpenAPI document, and the path the sweep calls it by: every path
 * parameter and every required query parameter filled from what the writers got.
 */
record GetOperation(String path, List<Parameter> parameters) {

    record Parameter(String name, String in) {
    }

    /** Every GET of the document's paths, with its path-level and operation-level parameters. */
    static List<GetOperation> allOf(JsonNode document) {
        List<GetOperation> operations = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (String path : paths.propertyNames()) {
            JsonNode get = paths.path(path).path("get");
            if (get.isMissingNode()) {
                continue;
            }
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode declared : List.of(paths.path(path).path("parameters"), get.path("parameters"))) {
                declared.forEach(parameter -> {
                    if ("path".equals(parameter.path("in").asString()) || parameter.path("required").asBoolean(false)) {
                        parameters.add(new Parameter(parameter.path("name").asString(),
                                parameter.path("in").asString()));
                    }
                });
            }
            operations.add(new GetOperation(path, List.copyOf(parameters)));
        }
        return operations;
    }

    /** Whether it reads about one case: then its answers may hold that case's markers only. */
    boolean aboutOneCase() {
        return parameters.stream().anyMatch(parameter ->
                "path".equals(parameter.in()) || "caseId".equals(parameter.name()));
    }

    boolean ofNotificationService() {
        return path.startsWith("/api/notifications") || path.startsWith("/api/subscriptions");
    }

    /**
     * The path to call, each parameter's value found by (path, name) in the table; empty when the table
     * cannot fill one, which the sweep must then be taught.
     */
    Optional<String> filledFrom(Function<Parameter, Optional<String>> table) {
        String filled = path;
        List<String> query = new ArrayList<>();
        for (Parameter parameter : parameters) {
            Optional<String> value = table.apply(parameter);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String encoded = URLEncoder.encode(value.get(), StandardCharsets.UTF_8);
            if ("path".equals(parameter.in())) {
                filled = filled.replace("{" + parameter.name() + "}", encoded);
            } else {
                query.add(parameter.name() + "=" + encoded);
            }
        }
        return Optional.of(query.isEmpty() ? filled : filled + "?" + String.join("&", query));
    }

    List<String> names() {
        return parameters.stream().map(parameter -> parameter.name() + " (" + parameter.in() + ")").toList();
    }
}
