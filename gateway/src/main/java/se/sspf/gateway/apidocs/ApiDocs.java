package se.sspf.gateway.apidocs;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One OpenAPI document for the whole API: each routed service's own document (springdoc, at
 * {@code /v3/api-docs}) gathered by {@link MergedApiDocument}. A service that does not answer in time is left
 * out and named in {@code x-sspf-missing}. The browsable page (Swagger UI) shows this document.
 */
@RestController
@RequiredArgsConstructor
class ApiDocs {

    /** A service builds its document on the first request, which takes seconds on a cold, busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final RouteLocator routes;
    private final WebClient web = WebClient.create();

    @GetMapping(path = "/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<JsonNode> all() {
        return routes.getRoutes()
                .filter(route -> "http".equals(route.getUri().getScheme()))
                .flatMap(this::documentOf)
                .collectList()
                .map(MergedApiDocument::of);
    }

    private Mono<MergedApiDocument.Service> documentOf(Route route) {
        return web.get().uri(route.getUri().resolve("/v3/api-docs")).retrieve().bodyToMono(JsonNode.class)
                .timeout(PATIENCE)
                .map(document -> new MergedApiDocument.Service(route.getId(), document))
                .onErrorResume(unreachable -> Mono.just(new MergedApiDocument.Service(route.getId(), null)));
    }
}
