package se.sspf.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.sspf.gateway.Problems;

/**
 * Limits each user ({@code sub}) and each client application ({@code azp}, the OAuth2 client the
 * token was issued to) to a rate with a burst, with Bucket4j's token buckets; over it, 429 with
 * Retry-After. The buckets are this instance's: with n gateway replicas a user gets at most n times
 * the rate (a Bucket4j proxy on a shared store makes it exact when that matters).
 */
@Component
class RateLimits implements GlobalFilter, Ordered {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Bandwidth perUser;
    private final Bandwidth perClient;

    RateLimits(@Value("${sspf.gateway.rate-limit.per-user-per-second}") int perUserPerSecond,
               @Value("${sspf.gateway.rate-limit.per-client-per-second}") int perClientPerSecond) {
        this.perUser = perSecond(perUserPerSecond);
        this.perClient = perSecond(perClientPerSecond);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        // Decide first, then either route or refuse: exactly one of the two, once.
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(this::verdictFor)
                .defaultIfEmpty(Verdict.ALLOWED)
                .flatMap(verdict -> verdict.allowed() ? chain.filter(exchange)
                : refuse(exchange, verdict.nanosToWait()));
    }

    private Verdict verdictFor(JwtAuthenticationToken token) {
        ConsumptionProbe user = bucket("user:" + token.getName(), perUser).tryConsumeAndReturnRemaining(1);
        String client = token.getToken().getClaimAsString("azp");
        ConsumptionProbe app = client == null ? user
                : bucket("client:" + client, perClient).tryConsumeAndReturnRemaining(1);
        return user.isConsumed() && app.isConsumed()
                ? Verdict.ALLOWED
                : new Verdict(false, Math.max(user.getNanosToWaitForRefill(), app.getNanosToWaitForRefill()));
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, long nanosToWait) {
        exchange.getResponse().getHeaders().set("Retry-After",
                Long.toString(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait))));
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "too many requests; try again shortly");
    }

    private record Verdict(boolean allowed, long nanosToWait) {

        static final Verdict ALLOWED = new Verdict(true, 0);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private Bucket bucket(String key, Bandwidth limit) {
        return buckets.computeIfAbsent(key, any -> Bucket.builder().addLimit(limit).build());
    }

    /** The rate per second, and a burst of twice that. */
    private static Bandwidth perSecond(int rate) {
        return Bandwidth.builder().capacity(2L * rate).refillGreedy(rate, Duration.ofSeconds(1)).build();
    }
}
