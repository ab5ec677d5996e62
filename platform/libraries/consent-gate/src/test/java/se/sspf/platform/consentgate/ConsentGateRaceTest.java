package se.sspf.platform.consentgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.consent.ShareVerdict;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.consentgate.app.GateTestApplication;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.TestClock;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * 10,000 operations: readers checking shares while a revoker withdraws consents and half of the
 * consents expire at midnight (the clock, shared by the consent service and the gate, is set to
 * seconds before it once they are registered). The recorded history must show no permit later than a revocation's
 * commit
 * plus the staleness bound, and no permit at or after a consent's end.
 */
@SpringBootTest(classes = {GateTestApplication.class, ConsentGateRaceTest.SharedClock.class})
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentGateRaceTest {

    private static final int CONSENT_SERVICE_PORT = FreePort.next();
    private static final TestClock CLOCK = new TestClock();
    private static final Duration BOUND = Duration.ofSeconds(1);
    private static final int YOUTHS = 300;
    private static final int REVOCATIONS = 150;
    private static final int READERS = 4;
    private static final int CHECKS = 10_000 - REVOCATIONS;

    @TestConfiguration
    static class SharedClock {
        @Bean
        TestClock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void askTheConsentServiceInstance(DynamicPropertyRegistry registry) {
        registry.add("sspf.consent-gate.consent-service-url", () -> ConsentServiceInstance.urlOf(CONSENT_SERVICE_PORT));
    }

    record Check(int youth, long askedNanos, Instant clockAt, GateDecision decision) {
    }

    @Autowired ConsentGate gate;
    @Autowired ConsentStateView view;
    @Value("${sspf.kafka.topic-prefix}") String topicPrefix;

    private ConsentServiceInstance consentService;
    private final List<String> youthRefs = new ArrayList<>();
    private final List<String> consentIds = new ArrayList<>();
    private Instant midnight;

    @BeforeAll
    void registerConsentsEndingTonightAndSetTheClockSecondsBeforeMidnight() {
        consentService = new ConsentServiceInstance(CONSENT_SERVICE_PORT, topicPrefix, CLOCK);
        consentService.start();
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        for (int youth = 0; youth < YOUTHS; youth++) {
            String ref = ConsentGateIntegrationTest.newYouthRef();
            youthRefs.add(ref);
            consentIds.add(consentService.register(ref, expiresAtMidnight(youth) ? today : today.plusMonths(2)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> view.caughtUp() && check(YOUTHS - 1).permitted());
        // Seconds before midnight for the consent service and the gate alike: half of the consents end during the run.
        CLOCK.advance(Duration.between(CLOCK.instant(), today.atTime(23, 59, 50).atZone(SwedishTime.ZONE).toInstant()));
        midnight = today.plusDays(1).atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    @AfterAll
    void stop() {
        consentService.close();
    }

    @Test
    void noPermitOutlivesARevocationByMoreThanTheBoundNorAConsentsEnd() throws Exception {
        Map<Integer, Long> revokedAnsweredNanos = new ConcurrentHashMap<>();
        List<Check> checks = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        try {
            List<Integer> toRevoke = new ArrayList<>(IntStream.range(0, YOUTHS).boxed().toList());
            Collections.shuffle(toRevoke);
            Future<?> revoker = pool.submit(() -> {
                for (int youth : toRevoke.subList(0, REVOCATIONS)) {
                    consentService.revoke(consentIds.get(youth));
                    revokedAnsweredNanos.put(youth, System.nanoTime());
                    pause(150);
                }
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int reader = 0; reader < READERS; reader++) {
                int share = CHECKS / READERS + (reader < CHECKS % READERS ? 1 : 0);
                readers.add(pool.submit(() -> {
                    for (int n = 0; n < share; n++) {
                        int youth = ThreadLocalRandom.current().nextInt(YOUTHS);
                        long askedNanos = System.nanoTime();
                        Instant clockAt = CLOCK.instant();
                        checks.add(new Check(youth, askedNanos, clockAt, check(youth)));
                        pause(10);
                    }
                }));
            }
            revoker.get();
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Check> lateAfterRevocation = checks.stream()
                .filter(check -> check.decision().permitted())
                .filter(check -> revokedAnsweredNanos.containsKey(check.youth())
                        && check.askedNanos() > revokedAnsweredNanos.get(check.youth()) + BOUND.toNanos())
                .toList();
        List<Check> afterTheEnd = checks.stream()
                .filter(check -> check.decision().permitted() && expiresAtMidnight(check.youth())
                && !check.clockAt().isBefore(midnight))
                .toList();
        Map<ShareVerdict, Long> verdicts = checks.stream()
                .collect(Collectors.groupingBy(check -> check.decision().verdict(), Collectors.counting()));
        Map<GateDecision.Source, Long> sources = checks.stream()
                .collect(Collectors.groupingBy(check -> check.decision().source(), Collectors.counting()));
        System.out.printf("race: %d checks and %d revocations; verdicts %s; sources %s; late permits %d; permits "
                + "after the end %d%n", checks.size(), revokedAnsweredNanos.size(), verdicts, sources,
                lateAfterRevocation.size(), afterTheEnd.size());

        assertThat(checks.size() + revokedAnsweredNanos.size()).isEqualTo(10_000);
        assertThat(lateAfterRevocation).isEmpty();
        assertThat(afterTheEnd).isEmpty();
        // The history exercised what it claims to: permits, revocations seen, and consents that ended.
        assertThat(verdicts).containsKeys(ShareVerdict.PERMIT_CONSENT, ShareVerdict.REVOKED, ShareVerdict.EXPIRED);
        assertThat(checks).anyMatch(check -> !check.clockAt().isBefore(midnight));
    }

    private GateDecision check(int youth) {
        return gate.check("2380", youthRefs.get(youth), Agency.SCHOOL, Agency.POLICE, InformationCategory.CRIMINALITY);
    }

    private static boolean expiresAtMidnight(int youth) {
        return youth % 2 == 0;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
