package se.sspf.gateway.webclient;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web client (platform/applications/web-client, on the class path as META-INF/resources): its files are served
 * as static resources; every client route answers its index.html, so that a reload or a link to
 * /cases/{id} works; /config.json tells the client where the identity provider is, from this
 * gateway's environment, so one build serves every deployment.
 */
@Configuration(proxyBeanMethods = false)
class WebClientPages {

    private static final Resource INDEX = new ClassPathResource("META-INF/resources/index.html");

    @Bean
    RouterFunction<ServerResponse> webClient(@Value("${sspf.oidc.issuer}") String issuer,
                                             @Value("${sspf.web.client-id:sspf-web}") String clientId) {
        Map<String, String> config = Map.of("issuer", issuer, "clientId", clientId);
        return RouterFunctions.route()
                .GET("/config.json", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache()).bodyValue(config))
                .route(GET("/").or(GET("/login/callback")).or(GET("/cases/**")).or(GET("/inbox")).or(GET("/figures"))
                        .or(GET("/systems")).or(GET("/groups")).or(GET("/groups/**")),
                        request -> INDEX.exists()
                                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                                .cacheControl(CacheControl.noCache()).bodyValue(INDEX)
                                : ServerResponse.notFound().build())
                .build();
    }
}
