package se.sspf.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Role;
import se.sspf.contracts.Topics;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.ContractSchemas;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestClock;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.TopicReader;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sspf.consent.expiry-check-interval=1h")
@WithRealInfrastructure
class ConsentServiceIntegrationTest {

    private static final String OSTERSUND = "2380";
    private static final String HANDLER = ConsentServiceInstance.HANDLER;
    private static final String POLICE = TestTokens.forUser(OSTERSUND, Agency.POLICE, Role.STAFF);
    private static final String LEISURE = TestTokens.forUser(OSTERSUND, Agency.LEISURE, Role.STAFF);
    private static final String MALMO_HANDLER = TestTokens.forUser("1280", Agency.SOCIAL_SERVICES, Role.STAFF);
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @TestConfiguration
    static class MovableTime {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @LocalServerPort int port;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TopicNames topics;
    @Autowired CloudEventCodec codec;

    private ApiClient api;
    private CaseServiceEvents caseEvents;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        caseEvents = new CaseServiceEvents(bootstrapServers(), topics);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        caseEvents.close();
    }

    @Test
    void aRegisteredConsentIsAnnouncedOnTheStateAndEventTopicsAsAnAgencySystemReadsThem() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);

        ApiClient.Response registered = api.post(HANDLER, "/api/consents", form.request());

        assertThat(registered.status()).isEqualTo(201);
        String consentId = registered.text("id");
        ConsumerRecord<String, String> state = readUntil(Topics.CONSENT_STATE, form.youthRef, consentId);
        assertThat(state.key()).isEqualTo(form.youthRef);
        assertThat(ContractSchemas.violations(EventType.CONSENT_STATE, state.value())).isEmpty();
        assertThat(state.value()).contains("\"status\":\"ACTIVE\"")
                .doesNotContain(form.request().get("youthBirthDate").toString());

        ConsumerRecord<String, String> given = readUntil(Topics.CONSENT_EVENTS, form.youthRef, consentId);
        assertThat(ContractSchemas.violations(EventType.CONSENT_GIVEN, given.value())).isEmpty();
    }

    @Test
    void everyPartitionOfTheStateTopicCarriesASteadyHeartbeatWhileNothingHappens() {
        try (TopicReader reader = new TopicReader(bootstrapServers(), topics.of(Topics.CONSENT_STATE))) {
            await().atMost(ARRIVAL).until(() -> !reader.readFor(Duration.ofMillis(200)).isEmpty());
            reader.readFor(Duration.ofMillis(500));

            List<ConsumerRecord<String, String>> window = reader.readFor(Duration.ofSeconds(2)).stream()
                    .filter(record -> record.key().startsWith("heartbeat-")).toList();

            // every 200 ms: about ten a partition in two seconds; at least five each allows for a slow machine
            assertThat(window.stream().collect(java.util.stream.Collectors.groupingBy(ConsumerRecord::partition,
                    java.util.stream.Collectors.counting()))).hasSize(3)
                    .allSatisfy((partition, beats) -> assertThat(beats).isGreaterThanOrEqualTo(5));
            ConsumerRecord<String, String> last = window.get(window.size() - 1);
            assertThat(ContractSchemas.violations(EventType.CONSENT_HEARTBEAT, last.value())).isEmpty();
            assertThat(Duration.between(Instant.ofEpochMilli(last.timestamp()), Instant.now()))
                    .isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aRuleBrokenByTheSignersIsA400NamingItAndNothingIsStored() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents).withoutFathersSignature();

        ApiClient.Response refused = api.post(HANDLER, "/api/consents", form.request());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("rule")).isEqualTo("guardians-with-custody-sign");
        assertThat(refused.text("field")).isEqualTo("terms.signatures");
        assertThat(refused.text("detail")).contains("G-FATHER01");
        assertThat(storedRowsFor(form)).isZero();
    }

    @Test
    void malformedInputIsA400NamingTheFields() {
        Map<String, Object> request = new java.util.HashMap<>(ConsentForm.signedByGuardiansAndYouth().request());
        request.remove("caseId");
        request.put("youthRef", "19901231-1234");

        ApiClient.Response refused = api.post(HANDLER, "/api/consents", request);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"caseId\"", "\"youthRef\"").doesNotContain("Exception");
    }

    @Test
    void revokingDeniesTheNextDecisionAtOnce() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String consentId = api.post(HANDLER, "/api/consents", form.request()).text("id");
        assertThat(decide(POLICE, form, "SCHOOL", "POLICE", "SCHOOL_OCCUPATION").text("verdict"))
                .isEqualTo("PERMIT_CONSENT");

        ApiClient.Response revoked = api.post(HANDLER, "/api/consents/" + consentId + "/revocation",
                Map.of("revokedBy", "GUARDIAN", "guardianRef", "G-MOTHER01", "reason", "the family wants to stop"));

        assertThat(revoked.status()).isEqualTo(200);
        ApiClient.Response decision = decide(POLICE, form, "SCHOOL", "POLICE", "SCHOOL_OCCUPATION");
        assertThat(decision.json().path("permitted").asBoolean()).isFalse();
        assertThat(decision.text("verdict")).isEqualTo("REVOKED");
        assertThat(decision.text("consentId")).isEqualTo(consentId);
        assertThat(api.get(HANDLER, "/api/consents/" + consentId + "/history").json())
                .extracting(entry -> entry.path("change").asString())
                .containsExactly("ConsentGiven", "ConsentRevoked");
    }

    @Test
    void closingTheCaseTearsUpItsConsent() throws Exception {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        api.post(HANDLER, "/api/consents", form.request());

        byte[] closed = codec.write(UUID.randomUUID(), Instant.now(), EventType.CASE_CLOSED, form.youthRef,
                new CaseClosed(form.caseId, OSTERSUND, Instant.now(), "the plan's goals were reached"));
        try (var producer = new KafkaProducer<>(Map.<String,
                Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.of(Topics.CASE_EVENTS), form.youthRef, closed)).get();
        }

        await().atMost(ARRIVAL).untilAsserted(() ->
                assertThat(decide(POLICE, form, "SCHOOL", "POLICE", "CRIMINALITY").text("verdict"))
                .isEqualTo("TORN_UP"));
    }

    @Test
    void pastItsValidUntilAConsentDeniesWithoutAnyEventHavingBeenSent() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents)
                .validUntil(ConsentForm.TODAY.plusDays(3));
        api.post(HANDLER, "/api/consents", form.request());
        assertThat(decide(POLICE, form, "SCHOOL", "POLICE", "CRIMINALITY").text("verdict")).isEqualTo("PERMIT_CONSENT");

        clock.advance(Duration.ofDays(5));

        assertThat(decide(POLICE, form, "SCHOOL", "POLICE", "CRIMINALITY").text("verdict")).isEqualTo("EXPIRED");
        assertThat(jdbc.sql("select count(*) from consent_history h join consent c on c.id = h.consent_id where "
                + "c.youth_ref = ? and h.change = 'ConsentExpired'")
                .param(form.youthRef).query(Long.class).single()).isZero();
    }

    /** At 00:30 in Sweden the UTC date is still yesterday's: the form's day, its validity, are Swedish days. */
    @Test
    void atHalfPastMidnightInSwedenAFormSignedThatDayIsInForceUntilTheSwedishEndOfItsLastDay() {
        clock.moveTo(TestClock.halfPastMidnightInSweden());
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents)
                .validUntil(ConsentForm.TODAY);

        assertThat(api.post(HANDLER, "/api/consents", form.request()).status()).as("signed and valid from today")
                .isEqualTo(201);
        assertThat(decide(POLICE, form, "SCHOOL", "POLICE", "CRIMINALITY").text("verdict")).isEqualTo("PERMIT_CONSENT");

        clock.advance(Duration.ofDays(1));

        assertThat(decide(POLICE, form, "SCHOOL", "POLICE", "CRIMINALITY").text("verdict"))
                .as("00:30 tomorrow in Sweden, still today in UTC").isEqualTo("EXPIRED");
    }

    @Test
    void aConsentSignedByTheGuardiansEndsWhenTheYouthsEighteenthBirthdayBeginsInSweden() {
        clock.moveTo(TestClock.halfPastMidnightInSweden());
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents)
                .bornOn(ConsentForm.TODAY.plusDays(1).minusYears(18));
        assertThat(api.post(HANDLER, "/api/consents", form.request()).status()).isEqualTo(201);
        assertThat(decide(POLICE, form, "SCHOOL", "POLICE", "CRIMINALITY").text("verdict")).isEqualTo("PERMIT_CONSENT");

        clock.advance(Duration.ofDays(1));

        ApiClient.Response onTheBirthday = decide(POLICE, form, "SCHOOL", "POLICE", "CRIMINALITY");
        assertThat(onTheBirthday.json().path("permitted").asBoolean()).as("18 in Sweden, not yet in UTC").isFalse();
        assertThat(onTheBirthday.text("verdict")).isEqualTo("RECONFIRMATION_REQUIRED");
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyMakesOneConsent() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        ApiClient.Response first = api.post(HANDLER, "/api/consents", form.request(), key);
        ApiClient.Response retry = api.post(HANDLER, "/api/consents", form.request(), key);
        ApiClient.Response misuse = api.post(HANDLER, "/api/consents",
                ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents).request(), key);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(storedRowsFor(form)).isEqualTo(1);
        assertThat(misuse.status()).isEqualTo(422);
    }

    @Test
    void aConsentOfOneMunicipalityDoesNotExistForAnother() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String consentId = api.post(HANDLER, "/api/consents", form.request()).text("id");

        assertThat(api.get(MALMO_HANDLER, "/api/consents/" + consentId).status()).isEqualTo(404);
        assertThat(decide(TestTokens.forUser("1280", Agency.POLICE, Role.STAFF), form, "SCHOOL", "POLICE",
                "CRIMINALITY").text("verdict"))
                .isEqualTo("NO_CONSENT");
    }

    @Test
    void anAgencyTheConsentDoesNotNameCannotReadItAndIsDeniedShares() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String consentId = api.post(HANDLER, "/api/consents", form.request()).text("id");

        assertThat(api.get(LEISURE, "/api/consents/" + consentId).status()).isEqualTo(404);
        assertThat(decide(LEISURE, form, "SCHOOL", "LEISURE", "CRIMINALITY").text("verdict"))
                .isEqualTo("AGENCY_NOT_COVERED");
    }

    @Test
    void aBatchAnswersEveryQuestionInOrder() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        api.post(HANDLER, "/api/consents", form.request());

        ApiClient.Response batch = api.post(POLICE, "/api/consents/decisions/batch", Map.of("questions", List.of(
                form.question("SCHOOL", "POLICE", "CRIMINALITY"),
                form.question("SCHOOL", "POLICE", "HEALTH"),
                form.question("POLICE", "POLICE", "HEALTH"))));

        assertThat(batch.json().path("decisions")).extracting(decision -> decision.path("verdict").asString())
                .containsExactly("PERMIT_CONSENT", "CATEGORY_NOT_COVERED", "PERMIT_OWN_AGENCY");
    }

    @Test
    void everyPermittedShareIsInTheAuditChainNamingTheConsent() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String consentId = api.post(HANDLER, "/api/consents", form.request()).text("id");

        decide(POLICE, form, "SCHOOL", "POLICE", "CRIMINALITY");

        assertThat(jdbc.sql("select count(*) from sspf_audit.entry where youth_ref = ? and agency = 'POLICE' and "
                + "consent_id = ?::uuid and resource = 'share/SCHOOL/CRIMINALITY'")
                .params(form.youthRef, consentId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutAValidTokenNothingIsAnswered() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);

        assertThat(api.post(null, "/api/consents", form.request()).status()).isEqualTo(401);
        assertThat(api.post(TestTokens.expired(OSTERSUND, Agency.SOCIAL_SERVICES, Role.STAFF), "/api/consents",
                form.request()).status()).isEqualTo(401);
        ApiClient.Response stranger = api.post(TestTokens.signedByAStranger(OSTERSUND, Agency.SOCIAL_SERVICES,
                Role.STAFF), "/api/consents", form.request());
        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(storedRowsFor(form)).isZero();
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        ApiClient.Response document = api.get(null, "/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("paths").propertyNames())
                .contains("/api/consents", "/api/consents/{id}/revocation", "/api/consents/decisions",
                "/api/consents/decisions/batch");
    }

    private ApiClient.Response decide(String token, ConsentForm form, String owner, String reader, String category) {
        return api.post(token, "/api/consents/decisions", form.question(owner, reader, category));
    }

    private long storedRowsFor(ConsentForm form) {
        return jdbc.sql("select count(*) from consent where youth_ref = ?").param(form.youthRef).query(Long.class)
                .single();
    }

    private ConsumerRecord<String, String> readUntil(String topic, String key, String mustContain) {
        try (TopicReader reader = new TopicReader(bootstrapServers(), topics.of(topic))) {
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(ARRIVAL).until(() -> {
                seen.addAll(reader.readFor(Duration.ofMillis(300)));
                return seen.stream().anyMatch(record -> key.equals(record.key())
                        && record.value().contains(mustContain));
            });
            return seen.stream().filter(record -> key.equals(record.key()) && record.value().contains(mustContain))
                    .findFirst().orElseThrow();
        }
    }

    private static String bootstrapServers() {
        return RealInfrastructure.get().kafka().bootstrapServers();
    }

}
