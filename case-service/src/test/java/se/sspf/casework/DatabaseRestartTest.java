package se.sspf.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.RestartablePostgres;
import se.sspf.testsupport.TestTokens;

/**
 * The database crashes and comes back while staff keep writing: every write either is acknowledged and kept,
 * or answers 503 with Retry-After so the caller knows to send it again; never a 500, never a lost write.
 * case-service runs on a PostgreSQL server of this test's own, stopped the hard way mid-stream.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRestartTest {

    private static final String TEACHER = TestTokens.forUser("teacher-anna", "2380", Agency.SCHOOL, Role.STAFF);
    private static final String COORDINATOR = TestTokens.forUser("coordinator-sara", "2380", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);
    private static final int WRITERS = 2;

    private RestartablePostgres postgres;
    private ConsentServiceInstance consents;
    private CaseServiceInstance cases;
    private ApiClient api;

    @BeforeAll
    void startCaseServiceOnADatabaseOfItsOwn() throws Exception {
        postgres = RestartablePostgres.start();
        String topics = "restart" + FreePort.next() + ".";
        consents = new ConsentServiceInstance(FreePort.next(), topics, Clock.systemUTC());
        consents.start();
        int port = FreePort.next();
        cases = new CaseServiceInstance(port, topics, consents.url(), postgres.server());
        cases.start();
        api = new ApiClient(port);
    }

    @AfterAll
    void stopEverything() throws Exception {
        cases.close();
        consents.close();
        postgres.close();
    }

    @Test
    void aDatabaseCrashDuringAStreamOfWritesAnswersOnly2xxOr503AndLosesNothingAcknowledged() throws Exception {
        String caseId = api.post(TEACHER, "/api/cases", Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE")))
                .text("id");
        String journal = "/api/cases/" + caseId + "/journal";
        assertThat(api.post(COORDINATOR, "/api/cases/" + caseId + "/decision",
                Map.of("offered", true, "reason", "fits SSPF")).status()).isEqualTo(200);

        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> streams = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int number = writer;
            streams.add(writers.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    String text = "entry " + number + "-" + n;
                    ApiClient.Response response = api.post(TEACHER, journal,
                            Map.of("category", "SCHOOL_OCCUPATION", "text", text));
                    answers.add(new Answer(text, response.status(), response.retryAfter(), response.contentType()));
                }
            }));
        }
        awaitAcknowledged(answers, 20);
        int beforeTheCrash = answers.size();
        postgres.crashAndRestart();
        awaitAcknowledged(answers, (int) acknowledged(answers) + 20);
        writing.set(false);
        for (Future<?> stream : streams) {
            stream.get();
        }
        writers.shutdown();

        List<Answer> all = List.copyOf(answers);
        long refused = all.stream().filter(answer -> answer.status() == 503).count();
        System.out.printf("database crash: %d writes before it, %d in all, %d answered 503%n", beforeTheCrash,
                all.size(), refused);
        assertThat(all).as("only acknowledged or retryable").allSatisfy(answer -> {
            assertThat(answer.status()).isIn(201, 503);
            if (answer.status() == 503) {
                assertThat(answer.retryAfter()).isNotNull();
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        });
        List<String> acknowledged = all.stream().filter(answer -> answer.status() == 201).map(Answer::text).toList();
        List<String> kept = new ArrayList<>();
        api.get(TEACHER, journal).json().path("entries").forEach(entry -> kept.add(entry.path("text").asString()));
        assertThat(kept).as("every acknowledged write is kept").containsAll(acknowledged);
    }

    /** Waits until at least {@code count} writes were acknowledged, or a minute has passed. */
    private static void awaitAcknowledged(List<Answer> answers, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline && acknowledged(answers) < count) {
            Thread.sleep(20);
        }
        assertThat(acknowledged(answers)).as("writes acknowledged").isGreaterThanOrEqualTo(count);
    }

    private static long acknowledged(List<Answer> answers) {
        synchronized (answers) {
            return answers.stream().filter(answer -> answer.status() == 201).count();
        }
    }

    private record Answer(String text, int status, String retryAfter, String contentType) {
    }
}
