package se.sspf.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.security.CallerClaims;
import se.sspf.platform.security.VerifiedTokens;

/**
 * Signed bearer tokens for service tests, from a key made for this test JVM. A service under test
 * validates them with the same validator as in production ({@link CallerClaims#validatorFor}); only
 * the key comes from here instead of the identity provider's JWK set. The end-to-end tests use a
 * real OIDC server.
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.test.sspf.se";
    private static final RSAKey KEY = newKey();
    private static final RSAKey STRANGER = newKey();

    private TestTokens() {
    }

    public static String forUser(String municipality, Agency agency, Role... roles) {
        return forUser("user-" + UUID.randomUUID(), municipality, agency, roles);
    }

    /** For a user whose id ({@code sub}) the test needs, e.g. to make them a participant. */
    public static String forUser(String subject, String municipality, Agency agency, Role... roles) {
        return sign(KEY, claims(subject, municipality, agency, roles, Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** For another SSPF service (client credentials): role SERVICE, no agency. */
    public static String forService(String service, String municipality) {
        return sign(KEY, claims(service, municipality, null, new Role[] {Role.SERVICE},
                Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** For an agency's own system (client credentials its administrator registered): role SERVICE and the agency. */
    public static String forAgencySystem(String system, String municipality, Agency agency) {
        return sign(KEY, claims(system, municipality, agency, new Role[] {Role.SERVICE},
                Instant.now().plus(Duration.ofMinutes(15))));
    }

    public static String expired(String municipality, Agency agency, Role... roles) {
        return sign(KEY, claims("user-" + UUID.randomUUID(), municipality, agency, roles,
                Instant.now().minus(Duration.ofMinutes(5))));
    }

    public static String signedByAStranger(String municipality, Agency agency, Role... roles) {
        return sign(STRANGER, claims("user-" + UUID.randomUUID(), municipality, agency, roles,
                Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** What the service under test trusts instead of the identity provider's keys. */
    public static JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(CallerClaims.validatorFor(ISSUER));
            // As in production: each token verified once, then remembered until it expires.
            return VerifiedTokens.remembering(decoder);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String subject, String municipality, Agency agency, Role[] roles,
                                       Instant expiry) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(expiry))
                .claim("municipality", municipality)
                .claim("agency", agency == null ? null : agency.name())
                .claim("roles", Arrays.stream(roles).map(Role::name).toList())
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
