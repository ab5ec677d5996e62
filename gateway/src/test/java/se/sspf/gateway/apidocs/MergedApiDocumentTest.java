package se.sspf.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MergedApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Both services have a Page, of other shapes; a Problem of the same; case-service's CaseList holds its Page. */
    private static final MergedApiDocument.Service CASES = service("case-service", """
            {"paths": {"/api/cases": {"get": {"operationId": "listMyCases", "responses": {"200": {"content":
                {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
             "components": {"schemas": {
                "Page": {"type": "object", "properties": {"cases": {"type": "array"}}},
                "CaseList": {"type": "object", "properties": {"first": {"$ref": "#/components/schemas/Page"}}},
                "Problem": {"type": "object", "properties": {"status": {"type": "integer"}}}},
              "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}
            """);
    private static final MergedApiDocument.Service CONSENTS = service("consent-service", """
            {"paths": {"/api/consents": {"get": {"operationId": "listConsents", "responses": {"200": {"content":
                {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
             "components": {"schemas": {
                "Page": {"type": "object", "properties": {"consents": {"type": "array"}}},
                "CaseList": {"type": "object", "properties": {"first": {"$ref": "#/components/schemas/Page"}}},
                "Problem": {"properties": {"status": {"type": "integer"}}, "type": "object"}},
              "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}
            """);
    private static final MergedApiDocument.Service SILENT = new MergedApiDocument.Service("plan-service", null);

    @Test
    void aNameTwoServicesGiveDifferentShapesIsQualifiedWithEachServiceAndSoAreTheirReferences() {
        JsonNode merged = MergedApiDocument.of(List.of(CASES, CONSENTS, SILENT));
        JsonNode schemas = merged.path("components").path("schemas");

        assertThat(schemas.propertyNames()).doesNotContain("Page")
                .contains("CaseServicePage", "ConsentServicePage");
        assertThat(schemas.path("CaseServicePage").path("properties").has("cases")).isTrue();
        assertThat(schemas.path("ConsentServicePage").path("properties").has("consents")).isTrue();
        assertThat(merged.path("paths").path("/api/cases").path("get").toString())
                .contains("#/components/schemas/CaseServicePage").doesNotContain("schemas/Page\"");
        assertThat(merged.path("paths").path("/api/consents").path("get").toString())
                .contains("#/components/schemas/ConsentServicePage");
    }

    @Test
    void aSchemaThatIsTheSameOnlyByNameBecauseItRefersToAQualifiedOneIsQualifiedToo() {
        JsonNode schemas = MergedApiDocument.of(List.of(CASES, CONSENTS)).path("components").path("schemas");

        assertThat(schemas.propertyNames()).doesNotContain("CaseList")
                .contains("CaseServiceCaseList", "ConsentServiceCaseList");
        assertThat(schemas.path("ConsentServiceCaseList").path("properties").path("first").path("$ref").asString())
                .isEqualTo("#/components/schemas/ConsentServicePage");
    }

    @Test
    void theSameShapeUnderOneNameIsOneSchemaAndNoNameIsLeftUnqualifiedWithTwoShapes() {
        JsonNode merged = MergedApiDocument.of(List.of(CASES, CONSENTS));

        assertThat(merged.path("components").path("schemas").propertyNames())
                .containsExactly("CaseServiceCaseList", "CaseServicePage", "ConsentServiceCaseList",
                        "ConsentServicePage", "Problem");
        List<String> refs = new ArrayList<>();
        merged.findValues("$ref").forEach(ref -> refs.add(ref.asString()));
        assertThat(refs).allSatisfy(ref -> assertThat(merged.path("components").path("schemas")
                .has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue());
    }

    @Test
    void theDocumentIsTheSameByteForByteWhateverOrderTheServicesAnsweredIn() {
        String one = JSON.writeValueAsString(MergedApiDocument.of(List.of(CASES, SILENT, CONSENTS)));
        String other = JSON.writeValueAsString(MergedApiDocument.of(List.of(SILENT, CONSENTS, CASES)));

        assertThat(one).isEqualTo(other);
        JsonNode merged = JSON.readTree(one);
        assertThat(merged.path("paths").propertyNames()).containsExactly("/api/cases", "/api/consents");
        assertThat(merged.path("x-sspf-missing")).extracting(JsonNode::asString).containsExactly("plan-service");
        assertThat(merged.path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
    }

    private static MergedApiDocument.Service service(String name, String document) {
        return new MergedApiDocument.Service(name, JSON.readTree(document));
    }
}
