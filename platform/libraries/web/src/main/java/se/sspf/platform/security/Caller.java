package se.sspf.platform.security;

import java.util.Set;

import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;

/**
 * Who is asking, as the validated token says: the opaque user id ({@code sub}), the municipality
 * (four-digit code), the agency and the roles. A controller method takes it as a parameter.
 * A service's token ({@link Role#SERVICE}) has no agency, unless it is an agency's own system's: then it
 * names the agency the system belongs to ({@link #agencySystem()}).
 */
public record Caller(String subject, String municipality, Agency agency, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * An agency's own system (client credentials its administrator registered): it acts for that agency only,
     * and no service lets it in except on the paths it names ({@code sspf.security.agency-system-paths}).
     */
    public boolean agencySystem() {
        return hasRole(Role.SERVICE) && agency != null;
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
