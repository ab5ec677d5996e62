package se.sspf.consent;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.InProcessService;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestTokens;

/**
 * A real consent-service beside a gate under test or a benchmark harness: its own database, a fixed
 * port, the test-support broker and a given topic prefix and clock. It can be stopped and started
 * again on the same database and port. Published in this module's test jar.
 */
public final class ConsentServiceInstance implements AutoCloseable {

    /**
     * The handler of the cases this instance announces itself; a test on real cases names its own (see {@link
     * #handledBy}).
     */
    public static final String HANDLER_REF = "consent-handler";
    public static final String HANDLER = TestTokens.forUser(HANDLER_REF, "2380", Agency.SOCIAL_SERVICES, Role.STAFF);
    /** The tests' youth, born 14 March 2011: the birth date of the personal identity number the tests attach. */
    public static final LocalDate YOUTH_BORN = LocalDate.of(2011, 3, 14);

    private final InProcessService service;
    private final ApiClient api;
    private final String topicPrefix;
    private final Clock clock;
    private CaseServiceEvents caseEvents;

    public ConsentServiceInstance(int port, String topicPrefix, Clock clock) {
        this.service = new InProcessService(ConsentServiceApplication.class, "consent-service", port, topicPrefix);
        this.api = new ApiClient(port);
        this.topicPrefix = topicPrefix;
        this.clock = clock;
        service.using("clock", clock);
    }

    public String url() {
        return service.url();
    }

    public static String urlOf(int port) {
        return InProcessService.urlOf(port);
    }

    /** Validates tokens from a real OIDC server (its issuer; keys at /oauth2/jwks) instead of the test key. */
    public ConsentServiceInstance trusting(String issuer) {
        service.trusting(issuer);
        return this;
    }

    public synchronized void start() {
        boolean firstStart = caseEvents == null;
        if (firstStart) {
            caseEvents = new CaseServiceEvents(RealInfrastructure.get().kafka().bootstrapServers(),
                    new TopicNames(topicPrefix));
        }
        service.start("--spring.task.scheduling.pool.size=2", "--sspf.consent-gate.enabled=false");
        if (firstStart && service.trustsTheTestKey()) {
            awaitTheCaseView();
        }
    }

    /**
     * Started means following case-service's events: a case announced now is soon known to it (its list answers
     * 200). Asked with the test key's handler; an instance trusting a real identity server is waited for by its
     * clients, which retry the 503 a case not yet known gets.
     */
    private void awaitTheCaseView() {
        UUID probe = UUID.randomUUID();
        caseEvents.offered(CaseServiceEvents.TestCase.of(probe, "2380",
                "Y-PROBE" + probe.toString().substring(0, 6).toUpperCase()),
                List.of(new CaseServiceEvents.Member(HANDLER_REF, Agency.SOCIAL_SERVICES, "STAFF")));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get(HANDLER, "/api/consents?caseId=" + probe).status() == 200);
    }

    public synchronized void stop() {
        service.close();
    }

    /**
     * Registers the tests' youth's consent between school, social services and police about school and crime, for
     * a case this instance announces as case-service would, with {@link #HANDLER} taking part; returns its id.
     */
    public String register(String youthRef, LocalDate validUntil) {
        return register(HANDLER, announceCase(youthRef), youthRef, validUntil);
    }

    /** A case of the youth, told to consent-service as case-service tells it, with {@link #HANDLER} taking part. */
    public UUID announceCase(String youthRef) {
        UUID caseId = UUID.randomUUID();
        caseEvents.offered(CaseServiceEvents.TestCase.of(caseId, "2380", youthRef),
                List.of(new CaseServiceEvents.Member(HANDLER_REF, Agency.SOCIAL_SERVICES, "STAFF")));
        return caseId;
    }

    /**
     * The same, for a case the test made, registered by its handler: a coordinator or staff member taking part in
     * it, since consent-service lets only the case's participants handle its consent.
     */
    public String register(String handler, UUID caseId, String youthRef, LocalDate validUntil) {
        return register(handler, caseId, youthRef, validUntil, List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE"),
                List.of("SCHOOL_OCCUPATION", "CRIMINALITY"));
    }

    /**
     * The tests' youth's consent for a case, signed with a guardian, between the agencies and about the categories
     * given (by name).
     */
    public String register(String handler, UUID caseId, String youthRef, LocalDate validUntil, List<String> agencies,
                           List<String> categories) {
        LocalDate today = SwedishTime.today(clock);
        Map<String, Object> request = Map.of(
                "caseId", caseId.toString(), "youthRef", youthRef, "youthBirthDate", YOUTH_BORN.toString(),
                "terms", Map.of(
                        "scope", Map.of("agencies", agencies, "invitedPersons", List.of(), "categories", categories),
                        "validFrom", today.toString(), "validUntil", validUntil.toString(),
                        "guardiansWithCustody", List.of("G-GUARDIAN1"),
                        "signatures", List.of(Map.of("signer", "YOUTH", "signedOn", today.toString()),
                                Map.of("signer", "GUARDIAN", "guardianRef", "G-GUARDIAN1", "signedOn",
                                today.toString())),
                        "handler", Map.of("name", "Handläggare", "phone", "063-14 30 00", "agency", "SOCIAL_SERVICES"),
                        "signedFormRef", "SN 2026/1", "researchFollowUp", false));
        // A case just announced may not have reached consent-service's case view: it answers 503, and a client retries.
        ApiClient.Response[] registered = new ApiClient.Response[1];
        await().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(60))
                .until(() -> (registered[0] = api.post(handler, "/api/consents", request)).status() != 503);
        return expect(201, registered[0]).text("id");
    }

    public void revoke(String consentId) {
        revoke(HANDLER, consentId);
    }

    public void revoke(String handler, String consentId) {
        expect(200, api.post(handler, "/api/consents/" + consentId + "/revocation",
                Map.of("revokedBy", "YOUTH", "reason", "I want to stop")));
    }

    private static ApiClient.Response expect(int status, ApiClient.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.status() + ": "
                    + response.body());
        }
        return response;
    }

    @Override
    public void close() {
        service.close();
        if (caseEvents != null) {
            caseEvents.close();
        }
    }

}
