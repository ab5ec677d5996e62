package se.sspf.gateway.apidocs;

import java.time.Duration;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI document for the whole API: each routed service's own document (springdoc, at
 * {@code /v3/api-docs}), their paths and schemas gathered under one title, with the bearer scheme the
 * gateway requires. A service that does not answer in time is left out and named in
 * {@code x-sspf-missing}. The browsable page (Swagger UI) shows this document.
 */
@RestController
@RequiredArgsConstructor
class ApiDocs {

    /** A service builds its document on the first request, which takes seconds on a cold, busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RouteLocator routes;
    private final WebClient web = WebClient.create();

    @GetMapping(path = "/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<JsonNode> all() {
        return routes.getRoutes()
                .filter(route -> "http".equals(route.getUri().getScheme()))
                .flatMap(this::documentOf)
                .collectList()
                .map(ApiDocs::merged);
    }

    private Flux<Service> documentOf(Route route) {
        return web.get().uri(route.getUri().resolve("/v3/api-docs")).retrieve().bodyToMono(JsonNode.class)
                .timeout(PATIENCE)
                .map(document -> new Service(route.getId(), document))
                .onErrorResume(unreachable -> Mono.just(new Service(route.getId(), null)))
                .flux();
    }

    private static JsonNode merged(List<Service> services) {
        ObjectNode all = NODES.objectNode();
        all.put("openapi", "3.1.0");
        all.putObject("info").put("title", "SSPF API").put("version", "v1")
                .put("description",
                "Every service behind the gateway. Every call needs a bearer token from the identity provider.");
        all.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = all.putObject("paths");
        ObjectNode components = all.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("bearerFormat", "JWT");
        all.putArray("security").addObject().putArray("bearer");
        ArrayNode missing = all.putArray("x-sspf-missing");
        for (Service service : services) {
            if (service.document() == null) {
                missing.add(service.name());
                continue;
            }
            service.document().path("paths").properties().forEach(path -> paths.set(path.getKey(), path.getValue()));
            service.document().path("components").path("schemas").properties()
                    .forEach(schema -> schemas.set(schema.getKey(), schema.getValue()));
        }
        return all;
    }

    private record Service(String name, JsonNode document) {
    }
}
