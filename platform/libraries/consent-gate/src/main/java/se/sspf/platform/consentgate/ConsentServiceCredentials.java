package se.sspf.platform.consentgate;

import java.util.Optional;

/**
 * The bearer token the gate sends when it must ask the consent service itself. By default the
 * token of the request being served, so the consent service sees and audits the real asker; a
 * service that checks outside any request (a consumer, a scheduler) supplies a client-credentials
 * token of its own by declaring a bean.
 */
@FunctionalInterface
public interface ConsentServiceCredentials {

    Optional<String> bearerToken();
}
