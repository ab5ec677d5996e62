package se.sspf.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.casework.ActiveCases.activeCase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.consent.WithAConsentService;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.Topics;
import se.sspf.contracts.plan.FollowUpDecision;
import se.sspf.contracts.plan.FollowUpRecorded;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.ContractSchemas;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.TopicReader;

@ExtendWith(OutputCaptureExtension.class)
class CaseWalkTest extends WithAConsentService {

    private static final String TEACHER = TestTokens.forUser("teacher-anna", "2380", Agency.SCHOOL, Role.STAFF);
    private static final String COORDINATOR = TestTokens.forUser("coordinator-sara", "2380", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    private static final String OFFICER = TestTokens.forUser("officer-erik", "2380", Agency.POLICE, Role.STAFF);
    private static final String MALMO = TestTokens.forUser("coordinator-malmo", "1280", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    private static final String NAME = "Kim Andersson";
    private static final String NUMBER = "20110314-2384";

    @Autowired TopicNames topics;
    @Autowired JdbcClient jdbc;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aCaseWalksFromProposalThroughConsentToClosingAndPoliceSeesOnlyWhatTheConsentAllows() {
        ApiClient.Response proposed = api.post(TEACHER, "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE", "WORRYING_PEER_CONTACTS")));
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.text("status")).isEqualTo("PROPOSED");
        String caseId = proposed.text("id");
        String youthRef = proposed.text("youthRef");
        String path = "/api/cases/" + caseId;

        ApiClient.Response offered = api.post(COORDINATOR, path + "/decision",
                Map.of("offered", true, "reason", "fits SSPF"));
        assertThat(offered.text("status")).isEqualTo("AWAITING_CONSENT");
        assertThat(api.get(TEACHER, path).body()).as("social services' reasons stay its own")
                .doesNotContain("fits SSPF");
        assertThat(api.post(COORDINATOR, path + "/participants",
                Map.of("ref", "officer-erik", "agency", "POLICE", "role", "STAFF")).status())
                .isEqualTo(200);
        assertThat(api.post(TEACHER, path + "/journal",
                Map.of("category", "SCHOOL_OCCUPATION", "text", "absent 40% this term")).status())
                .isEqualTo(201);

        assertThat(journalSeenBy(OFFICER, path)).isEmpty();
        assertThat(journalSeenBy(TEACHER, path)).containsExactly("absent 40% this term");
        assertThat(api.get(OFFICER, path).json().path("sharedWithYou").size()).isZero();

        String consentId = consentService.register(COORDINATOR, UUID.fromString(caseId), youthRef,
                LocalDate.now(SwedishTime.ZONE).plusMonths(6));
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(api.get(COORDINATOR, path).text("status")));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                journalSeenBy(OFFICER, path).contains("absent 40% this term"));
        assertThat(api.get(OFFICER, path).json().path("sharedWithYou")).extracting(category -> category.asString())
                .containsExactlyInAnyOrder("SCHOOL_OCCUPATION", "CRIMINALITY");

        assertThat(api.put(COORDINATOR, path + "/identity", Map.of("name", NAME, "personalIdentityNumber", NUMBER),
                Map.of()).status())
                .isEqualTo(204);
        assertThat(api.get(COORDINATOR, path + "/identity").text("name")).isEqualTo(NAME);
        // The consent covers school and crime, not OTHER: the identity does not reach the school.
        assertThat(api.get(TEACHER, path + "/identity").status()).isEqualTo(404);
        assertThat(api.put(TEACHER, path + "/identity",
                Map.of("name", "Someone Else", "personalIdentityNumber", "20120229-1231"), Map.of())
                .status()).as("nobody takes over another agency's record").isEqualTo(409);
        assertThat(api.get(COORDINATOR, path + "/identity").text("name")).isEqualTo(NAME);
        // A service asking for a notification's text gets the name only for an agency that may read it.
        String notifier = TestTokens.forService("notification-service", "2380");
        // The consent does not cover "other": not even the agency that recorded the identity gets it in a notification.
        assertThat(api.get(notifier, path + "/identity/name?for=SOCIAL_SERVICES").status()).isEqualTo(404);
        assertThat(api.get(notifier, path + "/identity/name?for=SCHOOL").status()).isEqualTo(404);
        assertThat(api.get(OFFICER, path + "/identity/name?for=SOCIAL_SERVICES").status()).as("services only")
                .isEqualTo(403);
        assertThat(api.get(TestTokens.forService("notification-service", "1280"),
                path + "/identity/name?for=SOCIAL_SERVICES").status())
                .isEqualTo(404);
        assertThat(api.get(notifier, path).status()).as("a service is no participant").isEqualTo(404);

        consentService.revoke(COORDINATOR, consentId);
        await().atMost(Duration.ofSeconds(2)).until(() -> journalSeenBy(OFFICER, path).isEmpty());
        assertThat(api.get(OFFICER, path).json().path("sharedWithYou").size()).isZero();

        ApiClient.Response closed = api.post(COORDINATOR, path + "/closing",
                Map.of("reason", "the family moved", "planFollowed", false));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(api.post(TEACHER, path + "/journal", Map.of("category", "SCHOOL_OCCUPATION", "text", "late"))
                .status()).isEqualTo(409);
    }

    @Test
    void aFollowUpThatClosesThePlanClosesTheCase() throws Exception {
        String caseId = activeCase(api, consentService, TEACHER, COORDINATOR);
        String youthRef = api.get(COORDINATOR, "/api/cases/" + caseId).text("youthRef");
        byte[] closing = new CloudEventCodec("plan-service")
                .write(UUID.randomUUID(), Instant.now(), EventType.FOLLOW_UP_RECORDED, youthRef,
                new FollowUpRecorded(UUID.fromString(caseId), "2380", 2, FollowUpDecision.CLOSE, 4, 0, 1, true));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().kafka().bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.of(Topics.PLAN_EVENTS), youthRef, closing)).get();
        }

        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CLOSED".equals(api.get(COORDINATOR, "/api/cases/" + caseId).text("status")));
    }

    @Test
    void myCasesListsTheCasesTheCallerTakesPartInAndTheProposalsSocialServicesMustDecide() {
        String proposed = api.post(TEACHER, "/api/cases", Map.of("riskIndicators", List.of("SUSPECTED_CRIME")))
                .text("id");
        String taken = api.post(TEACHER, "/api/cases", Map.of("riskIndicators", List.of("OTHER"))).text("id");
        api.post(COORDINATOR, "/api/cases/" + taken + "/decision", Map.of("offered", true, "reason", "fits SSPF"));
        api.post(COORDINATOR, "/api/cases/" + taken + "/participants",
                Map.of("ref", "officer-erik", "agency", "POLICE", "role", "STAFF"));

        assertThat(myCases(TEACHER)).contains(proposed, taken);
        assertThat(myCases(OFFICER)).contains(taken).doesNotContain(proposed);
        assertThat(myCases(COORDINATOR)).as("the decider, and the proposal to decide").contains(proposed, taken);
        assertThat(myCases(MALMO)).doesNotContain(proposed, taken);
        assertThat(api.get(TEACHER, "/api/cases?size=1").json().path("cases").size()).isEqualTo(1);
        assertThat(api.get(TEACHER, "/api/cases?size=1000").status()).isEqualTo(400);
    }

    private List<String> myCases(String token) {
        List<String> ids = new ArrayList<>();
        api.get(token, "/api/cases?size=100").json().path("cases").forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }

    @Test
    void anotherMunicipalityGets404FromEveryCaseEndpoint() {
        String path = "/api/cases/" + api.post(TEACHER, "/api/cases",
                Map.of("riskIndicators", List.of("SUSPECTED_CRIME"))).text("id");

        assertThat(List.of(
                api.get(MALMO, path).status(),
                api.post(MALMO, path + "/decision", Map.of("offered", true, "reason", "x")).status(),
                api.post(MALMO, path + "/participants", Map.of("ref", "someone", "agency", "POLICE", "role", "STAFF"))
                .status(), api.post(MALMO, path + "/closing", Map.of("reason", "x", "planFollowed", true)).status(),
                api.get(MALMO, path + "/journal").status(),
                api.post(MALMO, path + "/journal", Map.of("category", "OTHER", "text", "x")).status(),
                api.get(MALMO, path + "/identity").status(),
                api.put(MALMO, path + "/identity", Map.of("name", NAME, "personalIdentityNumber", NUMBER), Map.of())
                .status(), api.get(MALMO, "/api/cases/" + UUID.randomUUID()).status()))
                .containsOnly(404);
        assertThat(api.get(OFFICER, path).status()).as("a police officer who does not take part").isEqualTo(404);
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() {
        String path = "/api/cases/" + api.post(TEACHER, "/api/cases", Map.of("riskIndicators", List.of("OTHER")))
                .text("id");

        ApiClient.Response illegal = api.post(COORDINATOR, path + "/closing",
                Map.of("reason", "too early", "planFollowed", false));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.contentType()).startsWith("application/problem+json");
        assertThat(api.get(COORDINATOR, path).text("status")).isEqualTo("PROPOSED");

        ApiClient.Response unknownIndicator = api.post(TEACHER, "/api/cases",
                Map.of("riskIndicators", List.of("BAD_HAIR")));
        assertThat(unknownIndicator.status()).isEqualTo(400);
        assertThat(unknownIndicator.body()).contains("riskIndicators");

        ApiClient.Response oversized = api.post(TEACHER, path + "/journal",
                Map.of("category", "OTHER", "text", "x".repeat(10_001)));
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.body()).contains("\"text\"");
        assertThat(jdbc.sql("select count(*) from journal_entry where case_id = ?::uuid").param(path.substring(11))
                .query(Long.class).single()).isZero();
    }

    @Test
    void anInvalidPersonalIdentityNumberIsRefusedNamingTheRuleAndNotStored() {
        String caseId = activeCase(api, consentService, TEACHER, COORDINATOR);
        String path = "/api/cases/" + caseId;

        ApiClient.Response wrongCheckDigit = api.put(COORDINATOR, path + "/identity",
                Map.of("name", NAME, "personalIdentityNumber", "20110314-2385"), Map.of());
        ApiClient.Response tooOld = api.put(COORDINATOR, path + "/identity",
                Map.of("name", NAME, "personalIdentityNumber", "19811218-9876"), Map.of());

        assertThat(wrongCheckDigit.status()).isEqualTo(400);
        assertThat(wrongCheckDigit.text("rule")).isEqualTo("personal-identity-number-check-digit");
        assertThat(wrongCheckDigit.body()).doesNotContain("20110314-2385");
        assertThat(tooOld.status()).isEqualTo(400);
        assertThat(tooOld.text("rule")).isEqualTo("age-within-range");
        assertThat(jdbc.sql("select count(*) from youth_identity where case_id = ?::uuid").param(caseId)
                .query(Long.class).single()).isZero();
        assertThat(api.get(COORDINATOR, path).json().path("identified").asBoolean()).isFalse();
    }

    @Test
    void noNameOrPersonalIdentityNumberReachesAnEventALogLineOrTheCaseApi(CapturedOutput output) {
        String caseId = activeCase(api, consentService, TEACHER, COORDINATOR);
        String path = "/api/cases/" + caseId;
        api.put(COORDINATOR, path + "/identity", Map.of("name", NAME, "personalIdentityNumber", NUMBER), Map.of());
        api.post(COORDINATOR, path + "/participants", Map.of("ref", "P-COACH001", "role", "INVITED"));
        String caseView = api.get(COORDINATOR, path).body();

        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        for (String topic : List.of(Topics.CASE_EVENTS, Topics.AUDIT_RECORDED)) {
            try (TopicReader reader = new TopicReader(RealInfrastructure.get().kafka().bootstrapServers(),
                    topics.of(topic))) {
                events.addAll(reader.readFor(Duration.ofSeconds(3)));
            }
        }

        assertThat(events).isNotEmpty();
        assertThat(events).extracting(ConsumerRecord::value).noneMatch(CaseWalkTest::carriesTheIdentity);
        assertThat(events).filteredOn(record -> record.value().contains("se.sspf.casework.CaseProposed.v1"))
                .allSatisfy(record ->
                assertThat(ContractSchemas.violations(EventType.CASE_PROPOSED, record.value())).isEmpty());
        assertThat(carriesTheIdentity(caseView)).isFalse();
        assertThat(carriesTheIdentity(output.getAll())).isFalse();
        assertThat(caseView).contains("\"dutyOfConfidentiality\":false");
    }

    /** The whole number, written either way, or the surname: a fragment of digits can occur in any id. */
    private static boolean carriesTheIdentity(String text) {
        return text.contains(NUMBER) || text.contains(NUMBER.replace("-", "")) || text.contains("Andersson");
    }

    private List<String> journalSeenBy(String token, String path) {
        ApiClient.Response journal = api.get(token, path + "/journal");
        assertThat(journal.status()).isEqualTo(200);
        assertThat(journal.text("notice")).isNotBlank();
        List<String> texts = new ArrayList<>();
        journal.json().path("entries").forEach(entry -> texts.add(entry.path("text").asString()));
        return texts;
    }
}
