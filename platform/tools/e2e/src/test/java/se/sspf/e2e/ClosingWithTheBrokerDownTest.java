package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.plan.PlanServiceInstance;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.KafkaServer;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.SampleForms;
import se.sspf.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * Closing a case stops sharing within the gate's bound whatever Kafka does: with the broker stopped, nothing can
 * carry CaseClosed or the consent's new state, yet the police is denied the school's journal and the meeting's
 * minutes at once (case-service knows its case is closed) and the school's and social services' plan rows within
 * the bound (plan-service's view goes stale without heartbeats, and consent-service, which the closing tore the
 * consent up with, answers TORN_UP).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosingWithTheBrokerDownTest {

    private static final String TOPICS = "close" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private static final Duration BOUND = Duration.ofSeconds(1);
    /** The users SampleForms.plan() names as responsible: the school's mentor, the police officer, social services. */
    private static final String TEACHER = TestTokens.forUser("skola", "2380", Agency.SCHOOL, Role.STAFF);
    private static final String COORDINATOR = TestTokens.forUser("soc", "2380", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    private static final String OFFICER = TestTokens.forUser("polis", "2380", Agency.POLICE, Role.STAFF);

    private final KafkaServer broker = RealInfrastructure.get().kafka();
    private final List<AutoCloseable> running = new ArrayList<>();
    private ConsentServiceInstance consents;
    private ApiClient cases;
    private ApiClient plans;

    @BeforeAll
    void startTheServices() {
        consents = new ConsentServiceInstance(FreePort.next(), TOPICS, Clock.systemUTC());
        running.add(consents);
        consents.start();
        int casePort = FreePort.next();
        CaseServiceInstance caseService = new CaseServiceInstance(casePort, TOPICS, consents.url());
        running.add(caseService);
        caseService.start();
        int planPort = FreePort.next();
        PlanServiceInstance planService = new PlanServiceInstance(planPort, TOPICS, consents.url(), null);
        running.add(planService);
        planService.start();
        cases = new ApiClient(casePort);
        plans = new ApiClient(planPort);
    }

    @AfterAll
    void stopTheServices() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void aCaseClosedWhileTheBrokerIsDownIsDeniedToTheOtherAgenciesOnEveryReadPathWithinTheBound() throws Exception {
        String caseId = consentedCaseWithJournalMeetingAndPlan();
        String path = "/api/cases/" + caseId;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(journal(path)).contains("Frånvaro 40 % denna termin");
            assertThat(cases.get(OFFICER, path + "/meetings").body()).contains("Polisens plan för sommaren");
            assertThat(planGoals(caseId)).contains("Gå i skolan varje dag");
        });

        broker.stop();
        try {
            JsonNode closed = expect(200, cases.post(COORDINATOR, path + "/closing", Map.of("reason", "målen nådda",
                    "planFollowed", true))).json();
            Instant closedAt = Instant.now();
            assertThat(closed.path("status").asString()).isEqualTo("CLOSED");

            assertThat(journal(path)).as("case-service knows at once").doesNotContain("Frånvaro 40 % denna termin");
            JsonNode meeting = expect(200, cases.get(OFFICER, path + "/meetings")).json().get(0);
            assertThat(meeting.path("minutes").isNull()).as("the minutes, at once").isTrue();
            await().atMost(BOUND.plusSeconds(2)).untilAsserted(() ->
                    assertThat(planGoals(caseId)).as("plan-service, through consent-service")
                    .containsExactly("Inga nya brott"));
            Duration denied = Duration.between(closedAt, Instant.now());
            System.out.printf("closing with the broker down: the plan's other rows denied %d ms after the closing%n",
                    denied.toMillis());
            assertThat(journal(path)).as("still denied").doesNotContain("Frånvaro 40 % denna termin");
        } finally {
            broker.start();
        }
    }

    private String consentedCaseWithJournalMeetingAndPlan() {
        ApiClient.Response proposed = expect(201,
                cases.post(TEACHER, "/api/cases", SampleForms.proposal("HIGH_SCHOOL_ABSENCE")));
        String caseId = proposed.text("id");
        String path = "/api/cases/" + caseId;
        expect(200, cases.post(COORDINATOR, path + "/decision", Map.of("offered", true, "reason", "passar SSPF")));
        expect(200, cases.post(COORDINATOR, path + "/participants",
                Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")));
        expect(201, cases.post(TEACHER, path + "/journal",
                Map.of("category", "SCHOOL_OCCUPATION", "text", "Frånvaro 40 % denna termin")));
        consents.register(COORDINATOR, UUID.fromString(caseId), proposed.text("youthRef"),
                SampleForms.TODAY.plusMonths(6), List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE"),
                List.of("SCHOOL_OCCUPATION", "CRIMINALITY", "HEALTH"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "ACTIVE".equals(cases.get(COORDINATOR, path).text("status")));
        String meetingId = expect(201, cases.post(COORDINATOR, path + "/meetings", Map.of(
                "scheduledFor", Instant.now().plus(Duration.ofDays(7)).toString(), "place", "Skolan", "invitees",
                List.of("polis"), "familyInvited", true, "individual", List.of("Åtgärdsplanen"), "general", List.of())))
                .text("id");
        expect(200, cases.post(COORDINATOR, path + "/meetings/" + meetingId + "/minutes", Map.of(
                "text", "Polisens plan för sommaren", "decisions", List.of(), "category", "CRIMINALITY")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                plans.post(COORDINATOR, "/api/plans/" + caseId, SampleForms.plan())
                .status() == 201);
        return caseId;
    }

    private List<String> journal(String path) {
        List<String> texts = new ArrayList<>();
        expect(200, cases.get(OFFICER, path + "/journal")).json().path("entries")
                .forEach(entry -> texts.add(entry.path("text").asString()));
        return texts;
    }

    private List<String> planGoals(String caseId) {
        List<String> goals = new ArrayList<>();
        expect(200, plans.get(OFFICER, "/api/plans/" + caseId)).json().path("areas")
                .forEach(area -> area.path("actions").forEach(action -> goals.add(action.path("goal").asString())));
        return goals;
    }

    private static ApiClient.Response expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
