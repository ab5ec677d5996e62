package se.sspf.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The OAuth2/OIDC server of the local stack and the end-to-end tests: Spring Authorization Server,
 * configured by Spring Boot, with demo users for each agency. A municipality's deployment points the
 * platform at its own OIDC provider instead; the services only need tokens with the same claims.
 */
@SpringBootApplication
public class IdentityServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityServerApplication.class, args);
    }
}
