package se.sspf.gateway.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import se.sspf.gateway.Problems;

/**
 * The front door's checks before anything is routed: a valid bearer token from the configured OIDC
 * provider (signature, issuer, expiry) for every {@code /api/...} request, verified once per token and then
 * remembered until it expires ({@link VerifiedTokens}) — the services check it again themselves; CORS for the
 * web client's origin; security headers. A refusal is problem+json.
 */
@Configuration(proxyBeanMethods = false)
class FrontDoorSecurity {

    @Bean
    SecurityWebFilterChain frontDoor(ServerHttpSecurity http, ReactiveJwtDecoder tokens,
            @Value("${sspf.oidc.issuer}") String issuer) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, refused) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized",
                    "a valid bearer token from the identity provider is needed");
        };
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> Problems.write(exchange, HttpStatus.FORBIDDEN,
                "forbidden", "the token does not allow this request");
        return http
                // Bearer tokens in a header, no cookies: nothing for a cross-site request to forge.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(Customizer.withDefaults())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.jwtDecoder(tokens))
                .authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .headers(headers -> headers
                        .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        // The web client's and the API page's scripts and styles come from the gateway itself; the
                        // web client also talks to the identity provider (discovery, keys, token exchange) from the
                        // browser.
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(issuer))))
                .build();
    }

    /**
     * No observation around each security filter: the HTTP server observation already times and
     * traces every request; the per-filter ones cost CPU on every request (docs/benchmarks.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    static String contentSecurityPolicy(String issuer) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' "
                + originOf(issuer) + "; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    @Bean
    ReactiveJwtDecoder tokens(@Value("${sspf.oidc.jwk-set-uri}") String jwkSetUri,
            @Value("${sspf.oidc.issuer}") String issuer,
                              @Value("${sspf.oidc.clock-skew:30s}") Duration clockSkew) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(clockSkew),
                new JwtIssuerValidator(issuer)));
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }

    /** The web client's origins may call the API from a browser, with the headers the API uses. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${sspf.gateway.web-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id",
                "traceparent"));
        cors.setExposedHeaders(List.of("ETag", "X-Request-Id", "Retry-After", "Location"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
