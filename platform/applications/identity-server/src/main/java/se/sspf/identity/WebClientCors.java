package se.sspf.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The web client (served by the gateway, another origin) reads the discovery document and the keys and
 * exchanges its code for tokens from the browser: those calls need CORS for the client's origins
 * ({@code SSPF_WEB_ORIGINS}). Spring Security applies a {@link UrlBasedCorsConfigurationSource} bean to
 * every filter chain. The login itself is a page navigation and needs none. The administrators' screen
 * calls the agency systems' API ({@link AgencySystemController}) from the browser too, DELETE included.
 */
@Configuration(proxyBeanMethods = false)
class WebClientCors {

    @Bean
    UrlBasedCorsConfigurationSource corsConfigurationSource(
            @Value("${sspf.identity.web-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String path : List.of("/.well-known/**", "/oauth2/token", "/oauth2/jwks", "/oauth2/revoke", "/userinfo",
                "/connect/logout")) {
            source.registerCorsConfiguration(path, cors);
        }
        CorsConfiguration admin = new CorsConfiguration(cors);
        admin.setAllowedMethods(List.of("GET", "POST", "DELETE", "OPTIONS"));
        source.registerCorsConfiguration("/api/agency-systems/**", admin);
        return source;
    }
}
