package se.sspf.identity;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import se.sspf.contracts.Role;

/**
 * Puts the claims every SSPF service reads into the tokens: {@code municipality}, {@code agency} and
 * {@code roles} for a user; for a service's client-credentials token, role {@code SERVICE} and the
 * municipality it serves, and no agency; for an agency's system ({@link AgencySystems}), role {@code SERVICE}
 * and the municipality and agency its administrator registered it for.
 */
@Component
class SspfClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String serviceMunicipality;

    SspfClaims(@Value("${sspf.identity.service-municipality}") String serviceMunicipality) {
        this.serviceMunicipality = serviceMunicipality;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                && !"id_token".equals(context.getTokenType().getValue())) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            ClientSettings client = context.getRegisteredClient().getClientSettings();
            String agency = client.getSetting(AgencySystems.AGENCY);
            context.getClaims().claim("roles", List.of(Role.SERVICE.name()));
            if (agency == null) {
                context.getClaims().claim("municipality", serviceMunicipality);
            } else {
                context.getClaims().claim("municipality", client.<String>getSetting(AgencySystems.MUNICIPALITY))
                        .claim("agency", agency);
            }
            return;
        }
        List<String> authorities = context.getPrincipal().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .toList();
        context.getClaims()
                .claim("municipality", only(authorities, DemoUsers.MUNICIPALITY))
                .claim("agency", only(authorities, DemoUsers.AGENCY))
                .claim("roles", authorities.stream().filter(a -> a.startsWith(DemoUsers.ROLE))
                .map(a -> a.substring(DemoUsers.ROLE.length())).toList());
    }

    private static String only(List<String> authorities, String prefix) {
        return authorities.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new IllegalStateException("a user without " + prefix.toLowerCase()));
    }
}
