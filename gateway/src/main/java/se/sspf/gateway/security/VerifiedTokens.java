package se.sspf.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A {@link ReactiveJwtDecoder} that verifies each bearer token once and then remembers it until the token's own
 * expiry: a user's token comes with every request of its short life, and checking its signature and claims again
 * each time was the gateway's largest single cost per request (docs/benchmarks.md).
 *
 * <p>Only tokens the wrapped decoder accepted are kept, keyed by the whole token, so a token that differs in any
 * character, its signature too, is a different key and is verified afresh. An entry is never returned at or after
 * the token's {@code exp}. Tokens are short-lived and not revoked in this system, so remembering a verified one
 * for its lifetime changes no answer; if revocation is ever added, this cache must learn of it. The services
 * behind the gateway still verify every token themselves.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    /** Enough for every user of a large municipality at once; beyond it the least used are verified again. */
    static final int MOST_TOKENS = 10_000;

    private final ReactiveJwtDecoder verifier;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MOST_TOKENS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> timeLeft(jwt, clock)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(checked -> {
            if (checked.getExpiresAt() != null) {
                verified.put(token, checked);
            }
        });
    }

    private static Duration timeLeft(Jwt jwt, Clock clock) {
        Duration left = Duration.between(Instant.now(clock), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
