package se.sspf.notification.message;

import java.util.Optional;

/**
 * The bearer token notification-service shows case-service when it asks for a youth's name: a
 * service's token (role SERVICE) for the municipality. Without a bean of this kind (until the
 * identity server issues client-credentials tokens) no name is asked for, and no message names a youth.
 */
@FunctionalInterface
public interface CaseServiceCredentials {

    Optional<String> tokenFor(String municipality);
}
