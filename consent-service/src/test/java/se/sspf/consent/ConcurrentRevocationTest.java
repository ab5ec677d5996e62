package se.sspf.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.audit.AuditChainCheck;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ConcurrentRevocationTest {

    private static final String HANDLER = ConsentServiceInstance.HANDLER;
    private static final String POLICE = TestTokens.forUser("2380", Agency.POLICE, Role.STAFF);
    private static final int REVOKERS = 50;
    private static final int DECIDERS = 50;
    private static final int DECISIONS_EACH = 6;

    @LocalServerPort int port;
    @Autowired AuditChainCheck auditChain;

    @Autowired se.sspf.platform.events.TopicNames topics;
    private CaseServiceEvents caseEvents;

    @BeforeEach
    void tellTheCases() {
        caseEvents = new CaseServiceEvents(se.sspf.testsupport.RealInfrastructure.get().kafka().bootstrapServers(),
                topics);
    }

    @AfterEach
    void stopTelling() {
        caseEvents.close();
    }

    @Test
    void theLastStateOnTheTopicOfAYouthWhoseConsentsChangeAtOnceShowsEveryChange() throws Exception {
        ApiClient api = new ApiClient(port);
        List<ConsentForm> youths = new ArrayList<>();
        List<String[]> consentsOf = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ConsentForm first = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
            ConsentForm second = ConsentForm.forAnotherCaseOf(first).announcedWith(caseEvents);
            youths.add(first);
            consentsOf.add(new String[] {api.post(HANDLER, "/api/consents", first.request()).text("id"),
                    api.post(HANDLER, "/api/consents", second.request()).text("id")});
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> revocations = new ArrayList<>();
        for (String[] consents : consentsOf) {
            for (String consent : consents) {
                revocations.add(pool.submit(() -> {
                    start.await();
                    return api.post(HANDLER, "/api/consents/" + consent + "/revocation",
                            Map.of("revokedBy", "YOUTH", "reason", "we stop")).status();
                }));
            }
        }
        start.countDown();
        for (Future<Integer> revocation : revocations) {
            assertThat(revocation.get()).isEqualTo(200);
        }
        pool.shutdown();

        Map<String, String> lastStateByYouth = new java.util.HashMap<>();
        try (se.sspf.testsupport.TopicReader reader = new se.sspf.testsupport.TopicReader(
                se.sspf.testsupport.RealInfrastructure.get().kafka().bootstrapServers(),
                topics.of(se.sspf.contracts.Topics.CONSENT_STATE))) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
                reader.readFor(java.time.Duration.ofMillis(300)).stream()
                        .filter(record -> record.key().startsWith("Y-"))
                        .forEach(record -> lastStateByYouth.put(record.key(), record.value()));
                return youths.stream().allMatch(youth ->
                        lastStateByYouth.getOrDefault(youth.youthRef, "").split("\"REVOKED\"", -1).length == 3);
            });
        }
        assertThat(youths).allSatisfy(youth -> assertThat(lastStateByYouth.get(youth.youthRef))
                .doesNotContain("\"ACTIVE\""));
    }

    record Revoked(int status, Instant answeredAt) {
    }

    record Decided(Instant askedAt, String verdict) {
    }

    @Test
    void fiftyConcurrentRevocationsAndDecisionsLeaveOneRevocationAndNoPermitAfterItCommitted() throws Exception {
        ApiClient api = new ApiClient(port);
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String consentId = api.post(HANDLER, "/api/consents", form.request()).text("id");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REVOKERS + DECIDERS);
        List<Future<Revoked>> revocations = new ArrayList<>();
        List<Future<List<Decided>>> decisions = new ArrayList<>();
        try {
            for (int i = 0; i < REVOKERS; i++) {
                String signer = i % 2 == 0 ? "G-MOTHER01" : "G-FATHER01";
                revocations.add(pool.submit(() -> {
                    start.await();
                    int status = api.post(HANDLER, "/api/consents/" + consentId + "/revocation",
                            Map.of("revokedBy", "GUARDIAN", "guardianRef", signer, "reason", "we stop")).status();
                    return new Revoked(status, Instant.now());
                }));
            }
            for (int i = 0; i < DECIDERS; i++) {
                decisions.add(pool.submit(() -> {
                    start.await();
                    List<Decided> mine = new ArrayList<>();
                    for (int n = 0; n < DECISIONS_EACH; n++) {
                        Instant askedAt = Instant.now();
                        mine.add(new Decided(askedAt, api.post(POLICE, "/api/consents/decisions",
                                form.question("SCHOOL", "POLICE", "CRIMINALITY")).text("verdict")));
                    }
                    return mine;
                }));
            }
            start.countDown();

            List<Revoked> revoked = new ArrayList<>();
            for (Future<Revoked> revocation : revocations) {
                revoked.add(revocation.get());
            }
            List<Decided> decided = new ArrayList<>();
            for (Future<List<Decided>> decision : decisions) {
                decided.addAll(decision.get());
            }

            assertThat(revoked).filteredOn(r -> r.status() == 200).hasSize(1);
            assertThat(revoked).filteredOn(r -> r.status() != 200)
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(409));
            Instant committedBy = revoked.stream().filter(r -> r.status() == 200).findFirst().orElseThrow()
                    .answeredAt();
            assertThat(decided).hasSize(DECIDERS * DECISIONS_EACH);
            assertThat(decided).filteredOn(d -> d.askedAt().isAfter(committedBy))
                    .allSatisfy(d -> assertThat(d.verdict()).isEqualTo("REVOKED"));
            assertThat(decided).extracting(Decided::verdict).isSubsetOf("PERMIT_CONSENT", "REVOKED");
        } finally {
            pool.shutdownNow();
        }

        assertThat(api.get(HANDLER, "/api/consents/" + consentId + "/history").json())
                .extracting(entry -> entry.path("change").asString())
                .containsExactly("ConsentGiven", "ConsentRevoked");
        assertThat(api.get(HANDLER, "/api/consents/" + consentId).text("status")).isEqualTo("REVOKED");
        assertThat(auditChain.run().intact()).isTrue();
    }
}
