package se.sspf.platform.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A validated token together with the {@link Caller} read from it, so that a request reads its caller's claims
 * once: the authorization rule and the controller's parameter both take it from here. No granted authorities: a
 * service decides from the caller's municipality, agency and roles, never from the token's scopes.
 */
final class CallerToken extends JwtAuthenticationToken {

    private final transient Caller caller;

    CallerToken(Jwt token) {
        super(token, List.of(), token.getSubject());
        this.caller = CallerClaims.callerOf(token);
    }

    /** The caller of an authenticated request, read again from its token only if it did not come as a CallerToken. */
    static Caller callerOf(Authentication authentication) {
        if (authentication instanceof CallerToken known) {
            return known.caller;
        }
        if (authentication != null && authentication.getPrincipal() instanceof Jwt token) {
            return CallerClaims.callerOf(token);
        }
        throw new IllegalStateException("no validated token on a path that needs one");
    }
}
