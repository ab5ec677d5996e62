package se.sspf.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that verifies each bearer token once and then remembers it until the token's own
 * expiry: a user's token arrives with every request of its five-minute life, and checking its signature
 * and claims again each time was the largest single cost of a gated read (docs/benchmarks.md).
 *
 * <p>Only tokens the wrapped decoder accepted are kept, keyed by the whole token, so a token that differs in
 * any character, its signature too, is a different key and is verified afresh. An entry is never returned at
 * or after the token's {@code exp}. Tokens are short-lived and not revoked in this system, so remembering a
 * verified one for its lifetime changes no answer; if revocation is ever added, this cache must learn of it.
 */
public final class VerifiedTokens implements JwtDecoder {

    /** Enough for every user of a large municipality at once; beyond it the least used are verified again. */
    static final int MOST_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MOST_TOKENS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(untilExpiry(clock))
                .build();
    }

    /** The decoder a service uses: {@code verifier} checks what is not remembered yet. */
    public static JwtDecoder remembering(JwtDecoder verifier) {
        return new VerifiedTokens(verifier, Clock.systemUTC());
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        Jwt checked = verifier.decode(token);
        if (checked.getExpiresAt() != null) {
            verified.put(token, checked);
        }
        return checked;
    }

    private static Expiry<String, Jwt> untilExpiry(Clock clock) {
        return Expiry.creating((token, jwt) -> {
            Duration left = Duration.between(Instant.now(clock), jwt.getExpiresAt());
            return left.isNegative() ? Duration.ZERO : left;
        });
    }
}
