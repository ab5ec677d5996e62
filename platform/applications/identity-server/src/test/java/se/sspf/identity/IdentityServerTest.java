package se.sspf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;

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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = IdentityServerApplication.CONFIG_NAME)
class IdentityServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REDIRECT = "http://127.0.0.1:8080/login/callback";

    /** The issuer names its own address, so the port is chosen before the server starts. */
    private static final int PORT = FreePort.next();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> "http://127.0.0.1:" + PORT);
    }

    @LocalServerPort int port;

    @Test
    void aDemoUserLogsInWithPkceAndGetsATokenWithMunicipalityAgencyAndRoles() {
        JsonNode claims = claimsOf(new OidcLogin(issuer(), "sspf-web", REDIRECT).accessToken("polis", "sspf-demo"));

        assertThat(claims.path("sub").asString()).isEqualTo("polis");
        assertThat(claims.path("municipality").asString()).isEqualTo("2380");
        assertThat(claims.path("agency").asString()).isEqualTo("POLICE");
        assertThat(claims.path("roles")).extracting(JsonNode::asString).containsExactly("STAFF");
        assertThat(claims.path("iss").asString()).isEqualTo(issuer());
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> new OidcLogin(issuer(), "sspf-web", REDIRECT).accessToken("polis", "guess"))
                .hasMessageContaining("refused");
    }

    @Test
    void aServiceGetsAClientCredentialsTokenWithRoleServiceAndNoAgency() {
        JsonNode claims = claimsOf(OidcLogin.clientCredentials(issuer(), "notification-service", "local-stack-only"));

        assertThat(claims.path("roles")).extracting(JsonNode::asString).isEqualTo(List.of("SERVICE"));
        assertThat(claims.path("municipality").asString()).isEqualTo("2380");
        assertThat(claims.has("agency")).isFalse();
    }

    @Test
    void publishesItsOidcConfigurationAndKeys() {
        ApiClient api = new ApiClient(port);
        JsonNode configuration = api.get(null, "/.well-known/openid-configuration").json();

        assertThat(configuration.path("issuer").asString()).isEqualTo(issuer());
        assertThat(configuration.path("jwks_uri").asString()).isEqualTo(issuer() + "/oauth2/jwks");
        assertThat(api.get(null, "/oauth2/jwks").json().path("keys")).isNotEmpty();
    }

    @Test
    void theWebClientsOriginMayCallTheTokenEndpointFromTheBrowserAndNoOtherOrigin() throws Exception {
        assertThat(preflight("/oauth2/token", "http://127.0.0.1:8080").headers()
                .firstValue("Access-Control-Allow-Origin"))
                .contains("http://127.0.0.1:8080");
        assertThat(preflight("/.well-known/openid-configuration", "http://localhost:8080").headers()
                .firstValue("Access-Control-Allow-Origin"))
                .contains("http://localhost:8080");
        var foreign = preflight("/oauth2/token", "https://evil.example");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    private java.net.http.HttpResponse<String> preflight(String path, String origin) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuer() + path))
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private String issuer() {
        return "http://127.0.0.1:" + port;
    }

    private static JsonNode claimsOf(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
