package se.sspf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;

class CallerClaimsTest {

    private final CallerClaims claims = new CallerClaims();

    @Test
    void aUsersTokenNamesMunicipalityAgencyAndRoles() {
        Caller caller = CallerClaims.callerOf(token(Map.of("municipality", "2380", "agency", "POLICE", "roles",
                List.of("STAFF"))));

        assertThat(caller).isEqualTo(new Caller("someone", "2380", Agency.POLICE, Set.of(Role.STAFF)));
    }

    @Test
    void anAgencySystemsTokenIsAServicesTokenThatNamesItsAgency() {
        Caller system = CallerClaims.callerOf(token(Map.of("municipality", "2380", "agency", "POLICE", "roles",
                List.of("SERVICE"))));
        Caller platformService = CallerClaims.callerOf(token(Map.of("municipality", "2380", "roles",
                List.of("SERVICE"))));

        assertThat(system).isEqualTo(new Caller("someone", "2380", Agency.POLICE, Set.of(Role.SERVICE)));
        assertThat(system.agencySystem()).isTrue();
        assertThat(platformService.agencySystem()).as("the platform's own service belongs to no agency").isFalse();
        assertThat(CallerClaims.callerOf(token(Map.of("municipality", "2380", "agency", "POLICE", "roles",
                List.of("ADMIN")))).agencySystem()).as("a person is no system").isFalse();
    }

    @Test
    void aServicesTokenHasRoleServiceAlone() {
        assertThat(claims.validate(token(Map.of("municipality", "2380", "roles", List.of("SERVICE")))).hasErrors())
                .isFalse();
        assertThat(claims.validate(token(Map.of("municipality", "2380", "roles", List.of("SERVICE", "STAFF"))))
                .hasErrors())
                .as("a service is no staff member").isTrue();
        assertThat(claims.validate(token(Map.of("municipality", "2380", "agency", "POLICE", "roles",
                List.of("SERVICE", "ADMIN")))).hasErrors())
                .as("an agency's system is no administrator").isTrue();
    }

    @Test
    void aTokenWithoutAnAgencyOrWithABadMunicipalityOrAnUnknownRoleIsRefused() {
        assertThat(claims.validate(token(Map.of("municipality", "2380", "roles", List.of("STAFF")))).hasErrors())
                .isTrue();
        assertThat(claims.validate(token(Map.of("municipality", "Malmö", "agency", "POLICE", "roles",
                List.of("STAFF")))).hasErrors()).isTrue();
        assertThat(claims.validate(token(Map.of("municipality", "2380", "agency", "POLICE", "roles", List.of("GOD"))))
                .hasErrors()).isTrue();
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
