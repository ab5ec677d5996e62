package se.sspf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sspf.oidc.issuer=https://login.example", "sspf.oidc.jwk-set-uri=https://login.example/oauth2/jwks"})
class ApiDocumentTest {

    @LocalServerPort
    private int port;
    @Autowired
    private JsonMapper json;

    @Test
    void theCallerComesFromTheTokenAndIsNoParameter() throws Exception {
        JsonNode document = document();

        assertThat(document.toString()).doesNotContain("\"caller\"", "Caller");
        assertThat(document.path("paths").path("/notes/{id}").path("get").path("parameters"))
                .extracting(parameter -> parameter.path("name").asString()).containsExactly("id");
    }

    @Test
    void everyOperationDocumentsTheProblemsItCanAnswerAsProblemJson() throws Exception {
        JsonNode paths = document().path("paths");

        assertThat(paths.path("/notes/{id}").path("get").path("responses").propertyNames())
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "503");
        assertThat(paths.path("/notes/{id}").path("put").path("responses").propertyNames())
                .as("a change that names the version it read")
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "409", "412", "428", "503");
        assertThat(paths.path("/notes").path("get").path("responses").propertyNames())
                .as("nothing to be malformed, nothing to find").containsExactlyInAnyOrder("200", "401", "403", "503");
        JsonNode unavailable = paths.path("/notes").path("get").path("responses").path("503");
        assertThat(unavailable.path("content").path("application/problem+json").path("schema").path("$ref")
                .asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(unavailable.path("headers").has("Retry-After")).isTrue();
    }

    @Test
    void theProblemSchemaHasTheRfcMembersAndTheFieldsAtFault() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");

        assertThat(schemas.path("Problem").path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(schemas.path("ProblemFieldError").path("properties").propertyNames())
                .containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void everyOperationNeedsATokenFromTheOidcIdentityProvider() throws Exception {
        JsonNode document = document();

        assertThat(document.path("components").path("securitySchemes").path("oidc").path("openIdConnectUrl")
                .asString()).isEqualTo("https://login.example/.well-known/openid-configuration");
        assertThat(document.path("security").toString()).contains("oidc", "bearer");
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Only the notes: a scan of this package would also find InputPolicyTest's service and its /notes. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(NotesController.class)
    static class NotesApplication {
    }
}
