package se.sspf.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.OidcLogin;

/**
 * The real identity server beside end-to-end tests, on a port of its own; hands out demo users'
 * tokens through its login form. Published in this module's test jar.
 */
public final class IdentityServerInstance implements AutoCloseable {

    public static final String PASSWORD = "sspf-demo";
    public static final String WEB_CLIENT = "sspf-web";
    public static final String REDIRECT = "http://127.0.0.1:8080/login/callback";

    private final int port = FreePort.next();
    private ConfigurableApplicationContext context;

    /** @param more further arguments, e.g. another client for a test */
    public synchronized IdentityServerInstance start(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer(),
                // Where the gateway shares the class path (its tests), it stays out of this server.
                "--spring.cloud.gateway.server.webflux.enabled=false", "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        context = new SpringApplicationBuilder(IdentityServerApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(IdentityServerApplication.CONFIG_NAME)
                .run(args.toArray(String[]::new));
        return this;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    public String jwkSetUri() {
        return issuer() + "/oauth2/jwks";
    }

    /** A demo user's access token, by authorization code with PKCE through the login form. */
    public String tokenFor(String username) {
        return new OidcLogin(issuer(), WEB_CLIENT, REDIRECT).accessToken(username, PASSWORD);
    }

    @Override
    public void close() {
        if (context != null && context.isActive()) {
            context.close();
        }
    }

}
