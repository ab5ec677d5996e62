package se.sspf.platform.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;

/**
 * Reads a {@link Caller} from a token's claims; a token without a valid municipality, or without an
 * agency when it is not a service's, is refused. A service's token with an agency is that agency's own
 * system ({@link Caller#agencySystem()}).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class CallerClaims implements OAuth2TokenValidator<Jwt> {

    static final String MUNICIPALITY = "municipality";
    static final String AGENCY = "agency";
    static final String ROLES = "roles";
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    /** What a service checks in every token: signature time window, issuer, and a caller it can work with. */
    public static OAuth2TokenValidator<Jwt> validatorFor(String issuer) {
        return new DelegatingOAuth2TokenValidator<>(List.of(JwtValidators.createDefaultWithIssuer(issuer),
                new CallerClaims()));
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        try {
            callerOf(token);
            return OAuth2TokenValidatorResult.success();
        } catch (IllegalArgumentException | NullPointerException e) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    "the token does not name a municipality, an agency and known roles", null));
        }
    }

    static Caller callerOf(Jwt token) {
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            throw new IllegalArgumentException("sub");
        }
        String municipality = token.getClaimAsString(MUNICIPALITY);
        if (municipality == null || !FOUR_DIGITS.matcher(municipality).matches()) {
            throw new IllegalArgumentException("municipality");
        }
        List<String> roles = token.getClaimAsStringList(ROLES);
        Set<Role> known = roles == null ? Set.of() : roles.stream().map(Role::valueOf).collect(Collectors.toSet());
        String agency = token.getClaimAsString(AGENCY);
        if (known.contains(Role.SERVICE)) {
            // A service acts for the platform (no agency) or is one agency's system: never a person beside it.
            if (known.size() != 1) {
                throw new IllegalArgumentException("a service's token has role SERVICE alone");
            }
            return new Caller(token.getSubject(), municipality, agency == null ? null : Agency.valueOf(agency), known);
        }
        return new Caller(token.getSubject(), municipality, Agency.valueOf(agency), known);
    }
}
