package se.sspf.devstack;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.OidcLogin;

/**
 * The running local stack as its users reach it: every call through the gateway, every token from
 * the identity server's login form (authorization code with PKCE), as the web client gets it.
 * Where the stack listens comes from the same variables the stack script sets.
 */
final class LocalStack {

    static final String DEMO_PASSWORD = env("SSPF_DEMO_PASSWORD", "sspf-demo");

    private final String issuer = env("SSPF_OIDC_ISSUER", "http://127.0.0.1:9000");
    private final URI gatewayUrl = URI.create(env("SSPF_GATEWAY_URL", "http://127.0.0.1:8080"));
    private final ApiClient gateway = new ApiClient(gatewayUrl.getPort());
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    ApiClient gateway() {
        return gateway;
    }

    /** A demo user's access token, logged in once per run. */
    String tokenFor(String user) {
        return tokens.computeIfAbsent(user, u ->
                new OidcLogin(issuer, "sspf-web", gatewayUrl + "/login/callback").accessToken(u, DEMO_PASSWORD));
    }

    /** The response, or a failure naming the step when its status is not the expected one. */
    static ApiClient.Response expect(int status, ApiClient.Response response, String step) {
        if (response.status() != status) {
            throw new StepFailed(step + ": expected HTTP " + status + ", got " + response.status() + " "
                    + response.body());
        }
        return response;
    }

    /** Waits for what the services do asynchronously (events, consent propagation). */
    static void await(Duration atMost, String step, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new StepFailed(step + ": not within " + atMost.toMillis() + " ms");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StepFailed(step + ": interrupted");
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }
}
