package se.sspf.platform.security;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.sspf.platform.web.ApiProblem;
import se.sspf.platform.web.ApiProblemAdviceRegistration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * Every service checks the bearer token itself (zero trust inside): the signature against the
 * identity provider's keys ({@code SSPF_OIDC_JWK_SET_URI}), the issuer ({@code SSPF_OIDC_ISSUER}),
 * the expiry, and that it names a municipality and an agency — once per token, which is then remembered until
 * its expiry ({@link VerifiedTokens}), and the caller read from it once per request ({@link CallerToken}).
 * Probes and metrics stay open for the platform; everything else needs a token. An agency's own system's
 * token is let in only on the paths the service names in {@code sspf.security.agency-system-paths} (none by
 * default): a system registered for webhooks must not read youth data, whatever an endpoint's own checks would
 * say. No sessions, so no CSRF surface.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet."
                + "OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ApiProblemAdviceRegistration.class)
public class ServiceSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain sspfSecurityFilterChain(HttpSecurity http, JsonMapper json,
            @Value("${sspf.security.agency-system-paths:}") List<String> agencySystemPaths) throws Exception {
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**")
                            .permitAll();
                    if (!agencySystemPaths.isEmpty()) {
                        requests.requestMatchers(agencySystemPaths.toArray(String[]::new)).authenticated();
                    }
                    requests.anyRequest().access(AuthorizationManagers.allOf(
                            AuthenticatedAuthorizationManager.authenticated(), notAnAgencySystem()));
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(CallerToken::new))
                        .authenticationEntryPoint((request, response, failure) -> problem(response, json,
                                HttpStatus.UNAUTHORIZED, "a valid bearer token is needed")))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) ->
                        problem(response, json, HttpStatus.FORBIDDEN, "not allowed")))
                .build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> notAnAgencySystem() {
        return (authentication, request) -> new AuthorizationDecision(
                !(authentication.get().getPrincipal() instanceof Jwt && CallerToken.callerOf(authentication.get())
                        .agencySystem()));
    }

    /**
     * No observation around each security filter: the HTTP server observation already times and
     * traces every request, and a dozen more observations a request cost a read more CPU than the
     * consent gate does (the system benchmark's profile, docs/benchmarks.md).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(@Value("${sspf.oidc.jwk-set-uri}") String jwkSetUri,
            @Value("${sspf.oidc.issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(CallerClaims.validatorFor(issuer));
        return VerifiedTokens.remembering(decoder);
    }

    @Bean
    WebMvcConfigurer callerParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, JsonMapper json, HttpStatus status,
                                String detail) throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create(ApiProblem.TYPE_BASE
                + (status == HttpStatus.UNAUTHORIZED ? "unauthenticated" : "forbidden")));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
