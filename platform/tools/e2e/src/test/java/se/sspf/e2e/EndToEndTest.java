package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sspf.casework.CaseServiceInstance;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.plan.PlanServiceInstance;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FirstAgreement;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.OidcLogin;
import se.sspf.testsupport.RunnableJar;
import se.sspf.testsupport.SampleForms;
import tools.jackson.databind.JsonNode;

/**
 * One youth's way through SSPF, every step through the gateway with a token from the real identity
 * server for each agency's demo user (logged in through its form, PKCE), against the real consent-,
 * case- and plan-service on the real PostgreSQL and Kafka. The identity server and the gateway run as
 * processes from their runnable jars.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {

    private static final String TOPICS = "e2e" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private static final String REDIRECT = "http://127.0.0.1:8080/login/callback";
    /** Where the build copied the runnable jars (see pom.xml). */
    private static final Path APPS = Path.of(System.getProperty("sspf.e2e.apps", "target/apps"));

    private final List<AutoCloseable> running = new ArrayList<>();
    private RunnableJar identity;
    private RunnableJar gateway;

    @BeforeAll
    void startTheStack() throws Exception {
        identity = new RunnableJar("identity-server", APPS.resolve("identity-server-exec.jar"));
        running.add(identity);
        identity.start("--spring.security.oauth2.authorizationserver.issuer=http://127.0.0.1:" + identity.port());
        ConsentServiceInstance consents = new ConsentServiceInstance(FreePort.next(), TOPICS, Clock.systemUTC())
                .trusting(issuer());
        running.add(consents);
        consents.start();
        CaseServiceInstance cases = new CaseServiceInstance(FreePort.next(), TOPICS, consents.url()).trusting(issuer());
        running.add(cases);
        cases.start();
        int planPort = FreePort.next();
        PlanServiceInstance plans = new PlanServiceInstance(planPort, TOPICS, consents.url(), issuer());
        running.add(plans);
        plans.start();
        gateway = new RunnableJar("gateway", APPS.resolve("gateway-exec.jar"));
        running.add(gateway);
        gateway.start("--SSPF_CONSENT_SERVICE_URL=" + consents.url(), "--SSPF_CASE_SERVICE_URL=" + cases.url(),
                "--SSPF_PLAN_SERVICE_URL=http://127.0.0.1:" + planPort, "--sspf.oidc.issuer=" + issuer(),
                "--sspf.oidc.jwk-set-uri=" + issuer() + "/oauth2/jwks");
        // The identity server is ready when it publishes its configuration.
        identity.awaitReady("/.well-known/openid-configuration", Duration.ofSeconds(90));
        gateway.awaitReady("/actuator/health/readiness", Duration.ofSeconds(90));
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    private String issuer() {
        return identity.url();
    }

    private String tokenFor(String user) {
        return new OidcLogin(issuer(), "sspf-web", REDIRECT).accessToken(user, "sspf-demo");
    }

    @Test
    void aCaseGoesFromTheSchoolsProposalThroughConsentMeetingAndPlanToRevocationAndClosing() {
        ApiClient gateway = new ApiClient(this.gateway.port());
        String school = tokenFor("skola");
        String coordinator = tokenFor("soc");
        String handler = tokenFor("socsek");
        String police = tokenFor("polis");

        // The school proposes; social services decides, coordinates and brings in the police.
        ApiClient.Response proposed = expect(201, gateway.post(school, "/api/cases",
                SampleForms.proposal("HIGH_SCHOOL_ABSENCE", "WORRYING_PEER_CONTACTS")));
        String caseId = proposed.text("id");
        String path = "/api/cases/" + caseId;
        assertThat(expect(200, gateway.post(coordinator, path + "/decision",
                Map.of("offered", true, "reason", "passar SSPF"))).text("status"))
                .isEqualTo("AWAITING_CONSENT");
        expect(200, gateway.post(coordinator, path + "/participants",
                Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")));
        // The handler who registers the signed form takes part: consent-service lets only participants handle a
        // consent.
        expect(200, gateway.post(coordinator, path + "/participants",
                Map.of("ref", "socsek", "agency", "SOCIAL_SERVICES", "role", "STAFF")));
        expect(201, gateway.post(school, path + "/journal",
                Map.of("category", "SCHOOL_OCCUPATION", "text", "Frånvaro 40 % denna termin")));
        assertThat(journal(gateway, police, path)).as("before consent the police sees nothing of the school's")
                .isEmpty();

        // Social services registers the consent the guardians and the youth signed.
        String consentId = expect(201, gateway.post(handler, "/api/consents",
                SampleForms.consent(caseId, proposed.text("youthRef")))).text("id");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "ACTIVE".equals(gateway.get(coordinator, path).text("status")));

        // The coordinator schedules the meeting and agrees the plan.
        expect(201, gateway.post(coordinator, path + "/meetings",
                Map.of("scheduledFor", Instant.now().plus(Duration.ofDays(7)).toString(), "place", "Skolan", "invitees",
                List.of("polis", "skola"), "familyInvited", true, "individual", List.of("Åtgärdsplanen"), "general",
                List.of())));
        ApiClient.Response agreed = FirstAgreement.onceTheCaseIsActive(() ->
                gateway.post(coordinator, "/api/plans/" + caseId, SampleForms.plan()));
        assertThat(expect(201, agreed).json().path("version").asInt()).isEqualTo(1);

        // The police reads what the consent allows: the school's record and the plan's school and crime rows, not
        // health.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                journal(gateway, police, path).contains("Frånvaro 40 % denna termin"));
        assertThat(planGoals(gateway, police, caseId))
                .containsExactlyInAnyOrder("Gå i skolan varje dag", "Inga nya brott");

        // A guardian withdraws the consent: the police is denied within the gate's bound.
        expect(200, gateway.post(handler, "/api/consents/" + consentId + "/revocation",
                SampleForms.revocation()));
        await().atMost(Duration.ofSeconds(2)).until(() -> journal(gateway, police, path).isEmpty());
        assertThat(planGoals(gateway, police, caseId)).as("its own action only").containsExactly("Inga nya brott");
        assertThat(gateway.get(tokenFor("malmo-soc"), path).status()).as("another municipality").isEqualTo(404);

        // The case closes, and the consent is torn up.
        assertThat(expect(200, gateway.post(coordinator, path + "/closing",
                Map.of("reason", "familjen avslutar", "planFollowed", false)))
                .text("status")).isEqualTo("CLOSED");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "TORN_UP".equals(gateway.get(handler, "/api/consents/" + consentId).text("status")));
        assertThat(gateway.get(handler, "/api/consents/" + consentId).json().path("revocation").isObject())
                .as("the revocation stays on record").isTrue();
    }

    @Test
    void theGatewayGathersOneOpenApiDocumentFromTheServicesAndShowsItOnABrowsablePage() {
        ApiClient gateway = new ApiClient(this.gateway.port());
        // Each service writes its document on the first request: on a cold machine the first gathering may miss one.
        JsonNode[] gathered = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() ->
                (gathered[0] = expect(200, gateway.get(null, "/api-docs")).json()).path("x-sspf-missing").size() == 1);
        JsonNode document = gathered[0];

        assertThat(document.path("info").path("title").asString()).isEqualTo("SSPF API");
        assertThat(document.path("paths").propertyNames())
                .contains("/api/consents", "/api/cases", "/api/plans/{caseId}");
        assertThat(document.path("components").path("securitySchemes").has("bearer")).isTrue();
        assertThat(document.path("x-sspf-missing")).extracting(JsonNode::asString)
                .containsExactly("notification-service");
        ApiClient.Response page = gateway.get(null, "/webjars/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    private static List<String> journal(ApiClient gateway, String token, String path) {
        List<String> texts = new ArrayList<>();
        expect(200, gateway.get(token, path + "/journal")).json().path("entries")
                .forEach(entry -> texts.add(entry.path("text").asString()));
        return texts;
    }

    private static List<String> planGoals(ApiClient gateway, String token, String caseId) {
        List<String> goals = new ArrayList<>();
        expect(200, gateway.get(token, "/api/plans/" + caseId)).json().path("areas")
                .forEach(area -> area.path("actions").forEach(action -> goals.add(action.path("goal").asString())));
        return goals;
    }

    private static ApiClient.Response expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
