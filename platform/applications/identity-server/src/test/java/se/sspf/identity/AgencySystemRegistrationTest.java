package se.sspf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.OidcLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An agency's administrator registers, lists and revokes the agency's systems; their tokens carry the agency. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = IdentityServerApplication.CONFIG_NAME)
class AgencySystemRegistrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REDIRECT = "http://127.0.0.1:8080/login/callback";
    private static final String SYSTEMS = "/api/agency-systems";
    private static final int PORT = FreePort.next();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> "http://127.0.0.1:" + PORT);
    }

    @LocalServerPort int port;

    @Test
    void anAdministratorRegistersASystemWhoseOwnTokensCarryTheAgencyAndRoleService() {
        ApiClient api = new ApiClient(port);
        String admin = tokenOf("admin-polis");

        ApiClient.Response created = api.post(admin, SYSTEMS, Map.of("name", "Polisens ärendesystem"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("tokenEndpoint")).isEqualTo(issuer() + "/oauth2/token");
        String clientId = created.text("clientId");
        JsonNode claims = claimsOf(OidcLogin.clientCredentials(issuer(), clientId, created.text("clientSecret")));
        assertThat(claims.path("sub").asString()).isEqualTo(clientId);
        assertThat(claims.path("roles")).extracting(JsonNode::asString).containsExactly("SERVICE");
        assertThat(claims.path("municipality").asString()).isEqualTo("2380");
        assertThat(claims.path("agency").asString()).isEqualTo("POLICE");
        ApiClient.Response listed = api.get(admin, SYSTEMS);
        assertThat(listed.body()).contains(clientId, "Polisens ärendesystem")
                .doesNotContain(created.text("clientSecret"));
    }

    @Test
    void anotherAgencysAdministratorNeitherSeesNorRevokesItAndARevokedSystemGetsNoToken() {
        ApiClient api = new ApiClient(port);
        String police = tokenOf("admin-polis");
        String school = tokenOf("admin-skola");
        ApiClient.Response created = api.post(police, SYSTEMS, Map.of("name", "Larmcentralen"));
        String clientId = created.text("clientId");

        assertThat(api.get(school, SYSTEMS).body()).doesNotContain(clientId);
        ApiClient.Response foreign = api.delete(school, SYSTEMS + "/" + clientId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(OidcLogin.clientCredentials(issuer(), clientId, created.text("clientSecret"))).isNotBlank();

        assertThat(api.delete(police, SYSTEMS + "/" + clientId).status()).isEqualTo(204);

        assertThatThrownBy(() -> OidcLogin.clientCredentials(issuer(), clientId, created.text("clientSecret")))
                .as("a revoked system").isInstanceOf(IllegalStateException.class);
        assertThat(api.get(police, SYSTEMS).body()).doesNotContain(clientId);
        assertThat(api.delete(police, SYSTEMS + "/" + clientId).status()).isEqualTo(404);
    }

    @Test
    void onlyAnAgencysAdministratorRegistersAndTheNameIsChecked() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response system = api.post(tokenOf("admin-polis"), SYSTEMS, Map.of("name", "System"));
        String systemToken = OidcLogin.clientCredentials(issuer(), system.text("clientId"),
                system.text("clientSecret"));

        assertThat(api.post(tokenOf("polis"), SYSTEMS, Map.of("name", "x")).status()).as("staff").isEqualTo(403);
        assertThat(api.post(systemToken, SYSTEMS, Map.of("name", "x")).status()).as("a system").isEqualTo(403);
        assertThat(api.post(OidcLogin.clientCredentials(issuer(), "notification-service", "local-stack-only"),
                SYSTEMS, Map.of("name", "x")).status()).as("the platform's service").isEqualTo(403);
        ApiClient.Response anonymous = api.post(null, SYSTEMS, Map.of("name", "x"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        for (String name : List.of("", "  ", "a\u0007b", "x".repeat(101))) {
            ApiClient.Response bad = api.post(tokenOf("admin-polis"), SYSTEMS, Map.of("name", name));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
        }
    }

    @Test
    void theWebClientsOriginMayCallTheAdministratorsApiFromTheBrowser() throws Exception {
        var preflight = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(issuer() + SYSTEMS + "/system-1"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://127.0.0.1:8080").header("Access-Control-Request-Method", "DELETE")
                .header("Access-Control-Request-Headers", "authorization").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("http://127.0.0.1:8080");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("DELETE");
    }

    private String tokenOf(String user) {
        return new OidcLogin(issuer(), "sspf-web", REDIRECT).accessToken(user, "sspf-demo");
    }

    private String issuer() {
        return "http://127.0.0.1:" + port;
    }

    private static JsonNode claimsOf(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
