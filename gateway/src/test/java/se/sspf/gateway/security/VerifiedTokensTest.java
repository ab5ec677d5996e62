package se.sspf.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import se.sspf.testsupport.TestClock;

class VerifiedTokensTest {

    private static final String ISSUER = "https://identity.test.sspf.se";
    private static final RSAKey KEY = newKey();
    private static final RSAKey STRANGER = newKey();

    private final AtomicInteger verifications = new AtomicInteger();
    private final TestClock clock = new TestClock();
    private final ReactiveJwtDecoder tokens = new VerifiedTokens(countingVerifier(), clock);

    @Test
    void aVerifiedTokenIsRememberedAndAnsweredWithoutVerifyingItAgain() throws Exception {
        String token = signed(KEY, Instant.now().plusSeconds(300));

        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("polis");
        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("polis");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenIsNeverAnsweredFromMemoryAtOrAfterItsExpiry() throws Exception {
        Instant expiry = Instant.now().plusSeconds(300);
        String token = signed(KEY, expiry);
        tokens.decode(token).block();

        clock.moveTo(expiry);
        tokens.decode(token).block();

        assertThat(verifications).as("verified again once its exp is reached").hasValue(2);
    }

    @Test
    void aChangedSignatureIsRefusedEvenWhileThePayloadIsRemembered() throws Exception {
        Instant expiry = Instant.now().plusSeconds(300);
        String genuine = signed(KEY, expiry);
        tokens.decode(genuine).block();
        String other = signed(STRANGER, expiry);
        String resigned = genuine.substring(0, genuine.lastIndexOf('.')) + other.substring(other.lastIndexOf('.'));

        assertThatThrownBy(() -> tokens.decode(resigned).block()).isInstanceOf(JwtException.class);
    }

    @Test
    void aRefusedTokenIsNotRemembered() throws Exception {
        String strangers = signed(STRANGER, Instant.now().plusSeconds(300));

        assertThatThrownBy(() -> tokens.decode(strangers).block()).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(strangers).block()).isInstanceOf(JwtException.class);

        assertThat(verifications).hasValue(2);
    }

    /** The real verifier the gateway uses (signature, time window, issuer), counting its calls. */
    private ReactiveJwtDecoder countingVerifier() {
        try {
            NimbusReactiveJwtDecoder real = NimbusReactiveJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            real.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ofSeconds(30)),
                    new JwtIssuerValidator(ISSUER)));
            return token -> {
                verifications.incrementAndGet();
                return real.decode(token);
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signed(RSAKey key, Instant expiry) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("polis")
                .issueTime(Date.from(Instant.now())).expirationTime(Date.from(expiry)).build();
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
}
