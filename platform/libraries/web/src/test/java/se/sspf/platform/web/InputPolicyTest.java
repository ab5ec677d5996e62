package se.sspf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input policy in a real Spring MVC context (Boot's auto-configuration, the DispatcherServlet, the message
 * converters and the advices), in front of {@link TinyService}. The security filters are left out: they decide who
 * may ask, not how a request is read.
 */
@SpringBootTest(classes = TinyService.class, properties = {
        "sspf.oidc.jwk-set-uri=http://127.0.0.1:1/unused", "sspf.oidc.issuer=https://identity.test.sspf.se"})
@ExtendWith(OutputCaptureExtension.class)
class InputPolicyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GOOD = """
            {"text": "line one\\r\\nline\\ttwo 😀", "colour": "RED", "step": 2, "count": 1,
             "tags": [{"label": "a"}]}""";

    @Autowired WebApplicationContext context;
    @Autowired JsonMapper application;
    private MockMvc mvc;

    @BeforeEach
    void dispatch() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aWellFormedNoteWithNewlinesTabsAndAnEmojiIsTaken() {
        assertThat(send(body(GOOD)).getStatus()).isEqualTo(200);
    }

    @Test
    void anEnumByItsOrdinalIsRefusedNamingTheField() {
        assertRefused(send(body(GOOD.replace("\"RED\"", "0"))), "colour");
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNamingTheField() {
        assertRefused(send(body(GOOD.replace("\"step\": 2", "\"step\": 1.5"))), "step");
    }

    @Test
    void nullForAPrimitiveIsRefusedNamingTheField() {
        assertRefused(send(body(GOOD.replace("\"count\": 1", "\"count\": null"))), "count");
    }

    @Test
    void aPropertyTheRequestDoesNotHaveIsRefusedNamingIt() {
        JsonNode problem = assertRefused(send(body(GOOD.replace("\"count\": 1", "\"count\": 1, \"colur\": \"RED\""))),
                "colur");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("is not a field of this request");
    }

    @Test
    void aControlCharacterInAnyStringIsRefusedNamingTheField() {
        assertRefused(send(body(GOOD.replace("line one", "line\\u0000one"))), "text");
        assertRefused(send(body(GOOD.replace("\"label\": \"a\"", "\"label\": \"a\\u001b[31m\""))), "tags[0].label");
        JsonNode problem = assertRefused(send(body(GOOD.replace("line one", "line\\u007fone"))), "text");
        assertThat(problem.at("/errors/0/message").asString()).contains("control character");
    }

    @Test
    void halfOfASurrogatePairIsRefusedNamingTheField() {
        JsonNode problem = assertRefused(send(body(GOOD.replace("line one", "line \\ud800 one"))), "text");
        assertThat(problem.at("/errors/0/message").asString()).contains("unpaired surrogate");
        assertRefused(send(body(GOOD.replace("line one", "line \\udc00"))), "text");
    }

    @Test
    void aNullInARequestListIsRefusedNamingItsPlace() {
        assertRefused(send(body(GOOD.replace("[{\"label\": \"a\"}]", "[{\"label\": \"a\"}, null]"))), "tags[1]");
    }

    @Test
    void theApplicationsOwnMapperStaysTolerantForStoredDocumentsAndEvents() {
        TinyService.Tag tag = application.readValue("{\"label\": \"a\\u0000\", \"added\": 1}", TinyService.Tag.class);

        assertThat(tag.label()).isEqualTo("a\u0000");
    }

    @Test
    void pageAndSizeOutOfRangeAreRefusedNamingTheParameter() {
        assertRefused(send(get("/notes").param("size", "0")), "size");
        assertRefused(send(get("/notes").param("size", "101")), "size");
        assertRefused(send(get("/notes").param("page", "-1")), "page");
        assertRefused(send(get("/notes").param("page", "first")), "page");
        assertRefused(send(get("/proxied-notes").param("size", "1000")), "size");
    }

    @Test
    void aParameterPathVariableOrHeaderOfTheWrongKindOrMissingIsRefusedNamingIt() {
        String path = "/notes/" + UUID.randomUUID();
        assertThat(send(get(path).param("for", "RED").header("X-Reason", "why")).getStatus()).isEqualTo(200);
        assertRefused(send(get("/notes/not-an-id").param("for", "RED").header("X-Reason", "why")), "id");
        JsonNode problem = assertRefused(send(get(path).param("for", "1").header("X-Reason", "why")), "for");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("is not one of RED, GREEN");
        assertRefused(send(get(path).header("X-Reason", "why")), "for");
        assertRefused(send(get(path).param("for", "RED")), "X-Reason");
    }

    @Test
    void aControlCharacterInAParameterOrHeaderIsRefusedNamingIt() {
        String path = "/notes/" + UUID.randomUUID();
        assertRefused(send(get(path).param("for", "RED").param("search", "a\u0000b").header("X-Reason", "why")),
                "search");
        assertRefused(send(get(path).param("for", "RED").header("X-Reason", "a\u0007b")), "X-Reason");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsA503WithRetryAfterAndTheLogQuotesNoSql(CapturedOutput log) {
        for (String path : new String[] {"/restarting-database", "/slow-database"}) {
            MockHttpServletResponse response = send(get(path));

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        }
        assertThat(log.getOut()).contains("DataAccessResourceFailureException", "QueryTimeoutException")
                .doesNotContain("a secret").doesNotContain("INSERT").doesNotContain("SELECT");
    }

    @Test
    void anyOtherDatabaseFailureIsA500ProblemAndTheLogQuotesNoDocument(CapturedOutput log) {
        MockHttpServletResponse response = send(get("/refusing-database"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(text(response)).doesNotContain("a secret");
        assertThat(log.getOut()).contains("DataIntegrityViolationException").doesNotContain("a secret");
    }

    private static MockHttpServletRequestBuilder body(String json) {
        return post("/notes").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode assertRefused(MockHttpServletResponse response, String field) {
        assertThat(response.getStatus()).as(text(response)).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JSON.readTree(text(response));
        assertThat(problem.path("errors").findValuesAsString("field")).as(text(response)).containsExactly(field);
        return problem;
    }

    private static String text(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
