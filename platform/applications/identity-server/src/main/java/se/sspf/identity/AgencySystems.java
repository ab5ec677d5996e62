package se.sspf.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import se.sspf.contracts.Agency;

/**
 * An agency's administrator registers the agency's own systems: each a confidential client with client
 * credentials, whose tokens carry the administrator's municipality and agency and role {@code SERVICE}
 * ({@link SspfClaims}). The secret is shown once and kept only as a hash. Revoking lets the secret expire, so
 * the system gets no new token; one it holds ends within its lifetime ({@code SSPF_SYSTEM_TOKEN_TIME_TO_LIVE}).
 * Kept in memory, as the demo users are: the local stack's and the tests' identity server forgets them when it
 * restarts; a municipality's identity provider keeps its clients itself.
 */
@Service
class AgencySystems {

    /** Client settings that make a client an agency's system, read by {@link SspfClaims}. */
    static final String MUNICIPALITY = "sspf.municipality";
    static final String AGENCY = "sspf.agency";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordEncoder SECRETS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** A registered system as its administrators see it. */
    record AgencySystem(String clientId, String name, String municipality, Agency agency, Instant registeredAt) {
    }

    /** A system just registered, with its secret in clear: the only time it is shown. */
    record Registered(AgencySystem system, String clientSecret) {
    }

    private final RegisteredClientRepository clients;
    private final Duration tokenTimeToLive;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, AgencySystem> systems = new ConcurrentHashMap<>();

    AgencySystems(RegisteredClientRepository clients,
                  @Value("${sspf.identity.system-token-time-to-live}") Duration tokenTimeToLive) {
        this.clients = clients;
        this.tokenTimeToLive = tokenTimeToLive;
    }

    Registered register(String municipality, Agency agency, String name) {
        String clientId = "system-" + UUID.randomUUID();
        String secret = newSecret();
        Instant now = clock.instant();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(name)
                .clientIdIssuedAt(now)
                .clientSecret(SECRETS.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().setting(MUNICIPALITY, municipality)
                        .setting(AGENCY, agency.name()).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenTimeToLive).build())
                .build());
        AgencySystem system = new AgencySystem(clientId, name, municipality, agency, now);
        systems.put(clientId, system);
        return new Registered(system, secret);
    }

    /** The agency's systems in the municipality, oldest first. */
    List<AgencySystem> of(String municipality, Agency agency) {
        return systems.values().stream().filter(s -> s.municipality().equals(municipality) && s.agency() == agency)
                .sorted(Comparator.comparing(AgencySystem::registeredAt)).toList();
    }

    /** @return false when the agency has no such system (another agency's is none of its business) */
    boolean revoke(String municipality, Agency agency, String clientId) {
        Optional<AgencySystem> system = Optional.ofNullable(systems.get(clientId))
                .filter(s -> s.municipality().equals(municipality) && s.agency() == agency);
        if (system.isEmpty()) {
            return false;
        }
        RegisteredClient client = clients.findByClientId(clientId);
        if (client != null) {
            // The in-memory repository removes nothing: an expired secret is refused at the token endpoint.
            clients.save(RegisteredClient.from(client).clientSecretExpiresAt(clock.instant()).build());
        }
        systems.remove(clientId);
        return true;
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
