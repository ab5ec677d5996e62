package se.sspf.identity;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The OAuth2/OIDC server of the local stack and the end-to-end tests: Spring Authorization Server,
 * configured by Spring Boot, with demo users for each agency. A municipality's deployment points the
 * platform at its own OIDC provider instead; the services only need tokens with the same claims.
 * Its configuration is {@code identity-server.yml}, so that it can share a class path with a service.
 */
@SpringBootApplication
public class IdentityServerApplication {

    public static final String CONFIG_NAME = "spring.config.name=identity-server";

    public static void main(String[] args) {
        new SpringApplicationBuilder(IdentityServerApplication.class).properties(CONFIG_NAME).run(args);
    }
}
