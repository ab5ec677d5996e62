package se.sspf.identity;

import java.net.URI;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;

/**
 * The agency administrators' API for their systems ({@link AgencySystems}): only a token of role {@code ADMIN}
 * with an agency registers, lists and revokes, and only for its own agency and municipality. Another agency's
 * system is answered 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/agency-systems")
@RequiredArgsConstructor
class AgencySystemController {

    private static final String PROBLEM_BASE = "https://sspf.se/problems/";
    private static final int NAME_LENGTH = 100;

    private final AgencySystems systems;

    record NewSystem(String name) {
    }

    /** @param tokenEndpoint where the system gets its tokens (client credentials, HTTP Basic or form) */
    record Created(String clientId, String name, String clientSecret, String tokenEndpoint) {
    }

    record Listed(String clientId, String name, String registeredAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created register(@AuthenticationPrincipal Jwt admin, @RequestBody NewSystem system) {
        Administrator of = Administrator.of(admin);
        String name = system.name() == null ? "" : system.name().strip();
        if (name.isEmpty() || name.length() > NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw badField("name", "a name of 1 to " + NAME_LENGTH + " characters without control characters");
        }
        AgencySystems.Registered registered = systems.register(of.municipality(), of.agency(), name);
        return new Created(registered.system().clientId(), name, registered.clientSecret(),
                admin.getIssuer() + "/oauth2/token");
    }

    @GetMapping
    List<Listed> list(@AuthenticationPrincipal Jwt admin) {
        Administrator of = Administrator.of(admin);
        return systems.of(of.municipality(), of.agency()).stream()
                .map(s -> new Listed(s.clientId(), s.name(), s.registeredAt().toString())).toList();
    }

    @DeleteMapping("/{clientId}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal Jwt admin, @PathVariable String clientId) {
        Administrator of = Administrator.of(admin);
        if (!systems.revoke(of.municipality(), of.agency(), clientId)) {
            throw problem(HttpStatus.NOT_FOUND, "not-found", "the agency system was not found", Map.of());
        }
        return ResponseEntity.noContent().build();
    }

    /** The administrator a token names: role ADMIN, an agency, a municipality; anybody else is refused. */
    private record Administrator(String municipality, Agency agency) {

        static Administrator of(Jwt token) {
            List<String> roles = token.getClaimAsStringList("roles");
            String municipality = token.getClaimAsString("municipality");
            String agency = token.getClaimAsString("agency");
            if (roles == null || !roles.contains(Role.ADMIN.name()) || roles.contains(Role.SERVICE.name())
                    || municipality == null || agency == null) {
                throw problem(HttpStatus.FORBIDDEN, "forbidden", "an agency's administrator registers its systems",
                        Map.of());
            }
            return new Administrator(municipality, Agency.valueOf(agency));
        }
    }

    private static ErrorResponseException badField(String field, String message) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", field + ": " + message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail,
                                                  Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEM_BASE + type));
        properties.forEach(problem::setProperty);
        return new ErrorResponseException(status, problem, null);
    }
}
