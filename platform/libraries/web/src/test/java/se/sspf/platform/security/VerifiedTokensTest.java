package se.sspf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class VerifiedTokensTest {

    private static final String ISSUER = "https://identity.test.sspf.se";
    private static final RSAKey KEY = newKey();
    private static final RSAKey STRANGER = newKey();

    private final AtomicInteger verifications = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final JwtDecoder tokens = new VerifiedTokens(countingVerifier(), clock);

    @Test
    void aVerifiedTokenIsRememberedAndAnsweredWithoutVerifyingItAgain() throws Exception {
        String token = signed(KEY, "polis", Instant.now().plusSeconds(300));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("polis");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("polis");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void anotherTokenOfTheSameUserIsVerifiedItself() throws Exception {
        tokens.decode(signed(KEY, "polis", Instant.now().plusSeconds(300)));
        tokens.decode(signed(KEY, "polis", Instant.now().plusSeconds(301)));

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenIsNeverAnsweredFromMemoryAtOrAfterItsExpiry() throws Exception {
        Instant expiry = Instant.now().plusSeconds(300);
        String token = signed(KEY, "polis", expiry);
        tokens.decode(token);

        clock.moveTo(expiry);
        tokens.decode(token);

        assertThat(verifications).as("verified again once its exp is reached").hasValue(2);
    }

    @Test
    void aChangedSignatureIsRefusedEvenWhileThePayloadIsRemembered() throws Exception {
        Instant expiry = Instant.now().plusSeconds(300);
        String genuine = signed(KEY, "polis", expiry);
        tokens.decode(genuine);
        String resigned = withSignatureOf(genuine, signed(STRANGER, "polis", expiry));

        assertThatThrownBy(() -> tokens.decode(resigned)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(genuine.substring(0, genuine.length() - 2) + "AA"))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void aRefusedTokenIsNotRemembered() throws Exception {
        String strangers = signed(STRANGER, "polis", Instant.now().plusSeconds(300));

        assertThatThrownBy(() -> tokens.decode(strangers)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(strangers)).isInstanceOf(JwtException.class);

        assertThat(verifications).hasValue(2);
    }

    /** The real verifier a service uses (signature, time window, issuer, caller's claims), counting its calls. */
    private JwtDecoder countingVerifier() {
        try {
            NimbusJwtDecoder real = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            real.setJwtValidator(CallerClaims.validatorFor(ISSUER));
            return token -> {
                verifications.incrementAndGet();
                return real.decode(token);
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first token's header and payload with the second's signature: same claims, not our key's signature. */
    private static String withSignatureOf(String token, String other) {
        return token.substring(0, token.lastIndexOf('.')) + other.substring(other.lastIndexOf('.'));
    }

    private static String signed(RSAKey key, String subject, Instant expiry) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                .issueTime(Date.from(Instant.now())).expirationTime(Date.from(expiry))
                .claim("municipality", "2380").claim("agency", "POLICE").claim("roles", List.of("STAFF")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The system clock, moved to an instant a test names. */
    private static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void moveTo(Instant instant) {
            offset.set(Duration.between(Instant.now(), instant));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
