package se.sspf.platform.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import se.sspf.platform.security.Caller;

/**
 * What springdoc cannot see in a service's OpenAPI document: that {@link Caller} comes from the token (not a
 * parameter), the problem+json answers each operation can give ({@link ProblemResponses}), and the OIDC identity
 * provider whose bearer token every operation needs.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
// A service's API is the one its identity provider's tokens open; an application with springdoc but no provider
// (a library's test application) documents nothing of ours.
@ConditionalOnProperty("sspf.oidc.issuer")
public class ApiDocumentAutoConfiguration {

    static final String OIDC = "oidc";
    static final String BEARER = "bearer";

    static {
        // springdoc keeps the parameter types it leaves out in one list for the whole JVM.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    GlobalOperationCustomizer problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    GlobalOpenApiCustomizer problemSchemaAndSecurity(@Value("${sspf.oidc.issuer}") String issuer) {
        ResolvedSchema problem = ModelConverters.getInstance(true)
                .resolveAsResolvedSchema(new AnnotatedType(ProblemDocument.class).resolveAsRef(false));
        return api -> {
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components);
            components.addSchemas(ProblemResponses.PROBLEM, problem.schema);
            problem.referencedSchemas.forEach((name, schema) -> {
                if (!name.equals(ProblemResponses.PROBLEM)) {
                    components.addSchemas(name, schema);
                }
            });
            components.securitySchemes(Map.of(
                    OIDC, new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                            .openIdConnectUrl(issuer + "/.well-known/openid-configuration"),
                    BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                            .description("an access token the identity provider (" + OIDC + ") issued")));
            api.security(List.of(new SecurityRequirement().addList(OIDC), new SecurityRequirement().addList(BEARER)));
        };
    }
}
