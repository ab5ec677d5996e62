package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sspf.apiclient.ApiClient;
import se.sspf.apiclient.ApiException;
import se.sspf.apiclient.ApiResponse;
import se.sspf.apiclient.api.CasesApi;
import se.sspf.apiclient.api.ConsentsApi;
import se.sspf.apiclient.api.PlansApi;
import se.sspf.apiclient.model.CaseView;
import se.sspf.apiclient.model.Closing;
import se.sspf.apiclient.model.ConsentView;
import se.sspf.apiclient.model.NewMeeting;
import se.sspf.apiclient.model.NewParticipant;
import se.sspf.apiclient.model.OfferDecision;
import se.sspf.apiclient.model.PlanInput;
import se.sspf.apiclient.model.PlanView;
import se.sspf.apiclient.model.Proposal;
import se.sspf.apiclient.model.RegistrationRequest;
import se.sspf.apiclient.model.RevocationRequest;
import se.sspf.testsupport.SampleForms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway's {@code /api-docs} is the API's contract: the same at every fetch, the committed
 * {@code docs/api/sspf-api.json}, valid OpenAPI with unique operation ids and no parameter a client could not
 * send; and a client generated from the committed file ({@code platform/tools/api-client}) walks a case from
 * the school's proposal to its closing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest {

    private static final Path COMMITTED = Path.of(System.getProperty("sspf.api.contract",
            "../../../docs/api/sspf-api.json")).toAbsolutePath().normalize();
    private static final Path LIVE = Path.of(System.getProperty("sspf.api.live", "target/sspf-api.json"))
            .toAbsolutePath().normalize();
    private static final String DISCOVERY = "/.well-known/openid-configuration";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SweptStack stack;
    private String document;

    @BeforeAll
    void startTheStack() throws Exception {
        stack = SweptStack.shared();
        se.sspf.testsupport.ApiClient gateway = stack.api();
        // Each service writes its document on the first request: on a cold machine the first gathering may miss one.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            se.sspf.testsupport.ApiClient.Response gathered = gateway.get(null, "/api-docs");
            return gathered.status() == 200 && gathered.json().path("x-sspf-missing").isEmpty();
        });
        document = gateway.get(null, "/api-docs").body();
    }

    @Test
    void twoFetchesOfTheDocumentAreTheSameAndAreTheCommittedContract() throws Exception {
        assertThat(stack.api().get(null, "/api-docs").body()).as("a second fetch").isEqualTo(document);

        JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
        JsonNode live = asDeployedLikeTheContract(JSON.readTree(document), committed);
        if (!live.equals(committed)) {
            Files.createDirectories(LIVE.getParent());
            Files.writeString(LIVE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
        }
        assertThat(live).as("the gateway's /api-docs differs from the committed contract " + COMMITTED
                + ". If the change is meant, review `diff " + COMMITTED + " " + LIVE + "`, then `cp " + LIVE + " "
                + COMMITTED + "` and commit it with the change (docs/api/README.md)").isEqualTo(committed);
    }

    @Test
    void noOperationIdRepeatsAndNoParameterIsOneAClientCannotSend() throws Exception {
        JsonNode api = JSON.readTree(document);
        List<String> operationIds = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        api.path("paths").forEach(path -> path.forEach(operation -> {
            operationIds.add(operation.path("operationId").asString());
            operation.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asString()));
        }));

        assertThat(operationIds).hasSizeGreaterThan(40).doesNotContain("").doesNotHaveDuplicates();
        assertThat(parameters).doesNotContain("caller");
        assertThat(api.path("components").path("schemas").propertyNames()).doesNotContain("Caller");
    }

    @Test
    void anOpenApiValidatorAcceptsTheDocument() {
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document, null, null);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void theGeneratedClientWalksACaseFromTheProposalThroughConsentMeetingAndPlanToRevocationAndClosing()
            throws Exception {
        CasesApi school = new CasesApi(as("skola"));
        CasesApi coordinator = new CasesApi(as("soc"));
        ApiClient handlerClient = as("socsek");
        ConsentsApi handler = new ConsentsApi(handlerClient);
        ObjectMapper json = handlerClient.getObjectMapper();

        CaseView proposed = school.proposeCase(new Proposal()
                .addRiskIndicatorsItem(Proposal.RiskIndicatorsEnum.HIGH_SCHOOL_ABSENCE)
                .addRiskIndicatorsItem(Proposal.RiskIndicatorsEnum.WORRYING_PEER_CONTACTS));
        UUID caseId = proposed.getId();
        assertThat(coordinator.decideCase(caseId, new OfferDecision().offered(true).reason("passar SSPF"))
                .getStatus()).isEqualTo(CaseView.StatusEnum.AWAITING_CONSENT);
        coordinator.addParticipant(caseId, new NewParticipant().ref("polis")
                .agency(NewParticipant.AgencyEnum.POLICE).role(NewParticipant.RoleEnum.STAFF));
        coordinator.addParticipant(caseId, new NewParticipant().ref("socsek")
                .agency(NewParticipant.AgencyEnum.SOCIAL_SERVICES).role(NewParticipant.RoleEnum.STAFF));

        // The case becomes ACTIVE asynchronously, once case-service has heard of the consent (registerConsent).
        ConsentView consent = handler.registerConsent(json.convertValue(
                SampleForms.consent(caseId.toString(), proposed.getYouthRef()), RegistrationRequest.class), null);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                coordinator.readCase(caseId).getStatus() == CaseView.StatusEnum.ACTIVE);

        coordinator.scheduleMeeting(caseId, new NewMeeting().scheduledFor(OffsetDateTime.now().plusDays(7))
                .place("Skolan").invitees(List.of("polis", "skola")).familyInvited(true)
                .individual(List.of("Åtgärdsplanen")).general(List.of()));
        // plan-service knows the case from case-service's events: until then the plan is refused (agreePlan).
        PlansApi plans = new PlansApi(as("soc"));
        PlanInput plan = json.convertValue(SampleForms.plan(), PlanInput.class);
        PlanView[] agreed = new PlanView[1];
        await().atMost(Duration.ofSeconds(30)).ignoreException(ApiException.class)
                .until(() -> (agreed[0] = plans.agreePlan(caseId, plan)) != null);
        assertThat(agreed[0].getVersion()).isEqualTo(1);

        ApiResponse<ConsentView> read = handler.readConsentWithHttpInfo(consent.getId());
        String etag = read.getHeaders().get("ETag").get(0);
        assertThat(handler.revokeConsent(consent.getId(), json.convertValue(SampleForms.revocation(),
                RevocationRequest.class), etag).getStatus()).isEqualTo(ConsentView.StatusEnum.REVOKED);
        assertThat(coordinator.closeCase(caseId, new Closing().reason("familjen avslutar").planFollowed(false))
                .getStatus()).isEqualTo(CaseView.StatusEnum.CLOSED);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                handler.readConsent(consent.getId()).getStatus() == ConsentView.StatusEnum.TORN_UP);
    }

    /** A generated client for the gateway with the user's token (obtaining one is outside the API). */
    private ApiClient as(String user) {
        String token = stack.tokenFor(user);
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + stack.api().port());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /**
     * The one value that is the deployment's and not the API's: where the identity provider publishes its
     * configuration (this stack's identity server listens on a free port).
     */
    private static JsonNode asDeployedLikeTheContract(JsonNode live, JsonNode committed) {
        JsonNode oidc = live.path("components").path("securitySchemes").path("oidc");
        assertThat(oidc.path("openIdConnectUrl").asString()).endsWith(DISCOVERY);
        JsonNode contracted = committed.path("components").path("securitySchemes").path("oidc")
                .path("openIdConnectUrl");
        if (oidc instanceof ObjectNode scheme && contracted.isString()) {
            scheme.put("openIdConnectUrl", contracted.asString());
        }
        return live;
    }
}
