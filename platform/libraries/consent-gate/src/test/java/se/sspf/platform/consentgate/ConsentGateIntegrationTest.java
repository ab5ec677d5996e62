package se.sspf.platform.consentgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.Topics;
import se.sspf.contracts.consent.ShareVerdict;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.consentgate.app.GateTestApplication;
import se.sspf.platform.consentrules.ShareQuestion;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.KafkaServer;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest(classes = GateTestApplication.class)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentGateIntegrationTest {

    private static final int CONSENT_SERVICE_PORT = FreePort.next();
    private static final Duration BOUND = Duration.ofSeconds(1);

    @DynamicPropertySource
    static void askTheConsentServiceInstance(DynamicPropertyRegistry registry) {
        registry.add("sspf.consent-gate.consent-service-url", () -> ConsentServiceInstance.urlOf(CONSENT_SERVICE_PORT));
    }

    @Autowired ConsentGate gate;
    @Autowired ConsentStateView view;
    @Autowired ConsentGateHealthIndicator readiness;
    @Autowired MeterRegistry meters;
    @Autowired KafkaProperties kafka;
    @Autowired TopicNames topics;
    @Autowired CloudEventCodec codec;
    @Value("${sspf.kafka.topic-prefix}") String topicPrefix;

    private ConsentServiceInstance consentService;
    private final KafkaServer broker = RealInfrastructure.get().kafka();

    @BeforeAll
    void startConsentService() {
        consentService = new ConsentServiceInstance(CONSENT_SERVICE_PORT, topicPrefix, Clock.systemUTC());
        consentService.start();
        await().atMost(Duration.ofSeconds(60)).until(view::caughtUp);
    }

    @AfterAll
    void stopConsentService() {
        consentService.close();
    }

    @Test
    void theServiceIsReadyOnceItsViewHasCaughtUp() {
        assertThat(readiness.health(true).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aRevocationReachesTheGateWithinTheBound() {
        String youth = newYouthRef();
        String consentId = consentService.register(youth, today().plusMonths(3));
        await().atMost(Duration.ofSeconds(30)).until(() -> policeReadsSchoolNotes(youth).permitted());
        assertThat(policeReadsSchoolNotes(youth).source()).isEqualTo(GateDecision.Source.LOCAL_VIEW);

        long revocationsTimed = revocationsTimed();
        consentService.revoke(consentId);
        long committed = System.nanoTime();
        await().atMost(BOUND).pollInterval(Duration.ofMillis(1))
                .until(() -> !policeReadsSchoolNotes(youth).permitted());
        Duration propagation = Duration.ofNanos(System.nanoTime() - committed);
        // The view applies the state, then times it: the deny can be seen a moment before the figure.
        await().atMost(BOUND).until(() -> revocationsTimed() == revocationsTimed + 1);
        assertThat(meters.get("sspf.consent.gate.propagation").tag("change", "REVOKED").timer()
                .max(TimeUnit.MILLISECONDS))
                .isBetween(0.0, (double) BOUND.toMillis());

        GateDecision denied = policeReadsSchoolNotes(youth);
        assertThat(denied.verdict()).isEqualTo(ShareVerdict.REVOKED);
        assertThat(denied.consentId()).hasToString(consentId);
        assertThat(propagation).isLessThanOrEqualTo(BOUND);
    }

    private long revocationsTimed() {
        Timer timer = meters.find("sspf.consent.gate.propagation").tag("change", "REVOKED").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void withTheConsentServiceStoppedAndTheViewStaleTheGateDeniesWithin300Milliseconds() {
        String youth = newYouthRef();
        consentService.register(youth, today().plusMonths(3));
        await().atMost(Duration.ofSeconds(30)).until(() -> policeReadsSchoolNotes(youth).permitted());

        consentService.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> viewOlderThanTheBound());
            long asked = System.nanoTime();
            GateDecision decision = policeReadsSchoolNotes(youth);
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);

            assertThat(decision.permitted()).isFalse();
            assertThat(decision.verdict()).isEqualTo(ShareVerdict.UNAVAILABLE);
            assertThat(decision.source()).isEqualTo(GateDecision.Source.NONE);
            assertThat(answeredIn).isLessThan(Duration.ofMillis(300));
        } finally {
            consentService.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                policeReadsSchoolNotes(youth).source() == GateDecision.Source.LOCAL_VIEW);
    }

    @Test
    void aServiceStartedWhileTheConsentServiceIsDownIsNotReadyUntilItsViewIsFresh() {
        consentService.stop();
        // The topic keeps the last heartbeats: a view that reads them is complete, but as of then.
        await().atMost(Duration.ofSeconds(10)).until(() -> view.watermark().orElseThrow().plus(BOUND.multipliedBy(2))
                .isBefore(Instant.now()));
        ConsentStateView starting = new ConsentStateView();
        ConsentStateConsumer consumer = new ConsentStateConsumer(kafka.buildConsumerProperties(),
                topics.of(Topics.CONSENT_STATE), codec, starting, new PropagationTimer(meters, Clock.systemUTC()));
        ConsentGateHealthIndicator startingReadiness = new ConsentGateHealthIndicator(starting, BOUND,
                CircuitBreaker.ofDefaults("consent-service-of-the-starting-service"), Clock.systemUTC());
        consumer.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(starting::caughtUp);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() ->
                    startingReadiness.health(true).getStatus().equals(Status.OUT_OF_SERVICE));
            assertThat(startingReadiness.health(true).getDetails().get("reason").toString())
                    .contains("has not been fresh since the service started");
        } finally {
            consentService.start();
        }
        try {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    startingReadiness.health(true).getStatus().equals(Status.UP));
        } finally {
            consumer.stop();
        }
    }

    @Test
    void withTheBrokerStoppedTheGateAsksTheConsentServiceAndWithBothDownItDenies() {
        String youth = newYouthRef();
        String consentId = consentService.register(youth, today().plusMonths(3));
        await().atMost(Duration.ofSeconds(30)).until(() -> policeReadsSchoolNotes(youth).permitted());

        broker.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    policeReadsSchoolNotes(youth).source() == GateDecision.Source.CONSENT_SERVICE);
            GateDecision fromConsentService = policeReadsSchoolNotes(youth);
            assertThat(fromConsentService.verdict()).isEqualTo(ShareVerdict.PERMIT_CONSENT);
            assertThat(fromConsentService.consentId()).hasToString(consentId);
            assertThat(gate.check("2380", youth, Agency.SCHOOL, Agency.POLICE, InformationCategory.HEALTH).verdict())
                    .isEqualTo(ShareVerdict.CATEGORY_NOT_COVERED);

            consentService.stop();
            try {
                GateDecision neither = policeReadsSchoolNotes(youth);
                assertThat(neither.permitted()).isFalse();
                assertThat(neither.source()).isEqualTo(GateDecision.Source.NONE);
            } finally {
                consentService.start();
            }
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                policeReadsSchoolNotes(youth).source() == GateDecision.Source.LOCAL_VIEW);
    }

    @Test
    void theListFilterKeepsOnlyWhatTheReaderMaySee() {
        String youth = newYouthRef();
        consentService.register(youth, today().plusMonths(3));
        await().atMost(Duration.ofSeconds(30)).until(() -> policeReadsSchoolNotes(youth).permitted());
        record Note(Agency author, InformationCategory category, String text) {
        }
        List<Note> notes = List.of(new Note(Agency.SCHOOL, InformationCategory.SCHOOL_OCCUPATION, "absent 40%"),
                new Note(Agency.SCHOOL, InformationCategory.HEALTH, "sees the school nurse"),
                new Note(Agency.POLICE, InformationCategory.HEALTH, "police's own note"),
                new Note(Agency.LEISURE, InformationCategory.CRIMINALITY, "youth centre's note"));

        List<Note> visible = gate.visible(notes,
                note -> new ShareQuestion("2380", youth, note.author(), Agency.POLICE, note.category()));

        assertThat(visible).extracting(Note::text).containsExactly("absent 40%", "police's own note");
    }

    @Test
    void aYouthNobodyConsentedForIsDeniedAndAnotherMunicipalityIsDenied() {
        String youth = newYouthRef();
        consentService.register(youth, today().plusMonths(3));
        await().atMost(Duration.ofSeconds(30)).until(() -> policeReadsSchoolNotes(youth).permitted());

        assertThat(policeReadsSchoolNotes(newYouthRef()).verdict()).isEqualTo(ShareVerdict.NO_CONSENT);
        assertThat(gate.check("1280", youth, Agency.SCHOOL, Agency.POLICE, InformationCategory.SCHOOL_OCCUPATION)
                .verdict())
                .isEqualTo(ShareVerdict.NO_CONSENT);
    }

    private GateDecision policeReadsSchoolNotes(String youth) {
        return gate.check("2380", youth, Agency.SCHOOL, Agency.POLICE, InformationCategory.SCHOOL_OCCUPATION);
    }

    private boolean viewOlderThanTheBound() {
        return view.watermark().map(watermark -> watermark.plus(BOUND).isBefore(java.time.Instant.now())).orElse(true);
    }

    private static LocalDate today() {
        return LocalDate.now(SwedishTime.ZONE);
    }

    static String newYouthRef() {
        return "Y-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
