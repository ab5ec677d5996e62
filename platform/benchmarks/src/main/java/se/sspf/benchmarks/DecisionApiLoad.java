package se.sspf.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.consent.ConsentServiceApplication;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestDatabase;
import se.sspf.testsupport.TestTokens;

/**
 * The decision API under a fixed request rate (open loop): each request is due at a planned
 * instant and its latency is measured from that instant, so a slow answer also counts against the
 * requests queued behind it (no coordinated omission). Runs a real consent-service against the real
 * PostgreSQL and Kafka of test-support, with youths that have a consent, and prints p50/p90/p99/max.
 *
 * <p>{@code -Drate=200 -Dseconds=30 -Dyouths=500}; half the questions are permitted (and so audited),
 * half denied (a category outside the consent).
 */
public final class DecisionApiLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    public static void main(String[] args) {
        try {
            measure();
            System.exit(0);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure() throws Exception {
        int rate = Integer.getInteger("rate", 200);
        int seconds = Integer.getInteger("seconds", 30);
        int youths = Integer.getInteger("youths", 500);

        try (ConfigurableApplicationContext service = startConsentService()) {
            int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            HttpClient http = HttpClient.newHttpClient();
            String handler = TestTokens.forUser("2380", Agency.SOCIAL_SERVICES, Role.STAFF);
            String police = TestTokens.forUser("2380", Agency.POLICE, Role.STAFF);
            List<String> youthRefs = new ArrayList<>();
            for (int i = 0; i < youths; i++) {
                youthRefs.add(register(http, port, handler));
            }
            System.out.printf("registered %d consents%n", youths);

            run(http, port, police, youthRefs, rate, 5);          // warm-up: JIT, connection pools
            long[] latencies = run(http, port, police, youthRefs, rate, seconds);
            report(rate, seconds, latencies);
        }
    }

    private static long[] run(HttpClient http, int port, String token, List<String> youthRefs, int rate, int seconds) {
        int total = rate * seconds;
        long period = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        AtomicInteger failures = new AtomicInteger();
        CompletableFuture<?>[] inFlight = new CompletableFuture<?>[total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            LockSupport.parkNanos(due - System.nanoTime());
            String youth = youthRefs.get(i % youthRefs.size());
            String category = i % 2 == 0 ? "CRIMINALITY" : "HEALTH";
            int slot = i;
            inFlight[i] = http.sendAsync(decision(port, token, youth, category), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> {
                        latencies[slot] = System.nanoTime() - due;
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(inFlight).join();
        if (failures.get() > 0) {
            System.out.printf("%d of %d requests failed%n", failures.get(), total);
        }
        return latencies;
    }

    private static void report(int rate, int seconds, long[] latencies) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("decision API, %d requests at %d/s for %d s (open loop, latency from the planned send time)%n",
                sorted.length, rate, seconds);
        System.out.printf("p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms%n",
                millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99), millis(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static HttpRequest decision(int port, String token, String youthRef, String category) {
        String body = JSON.writeValueAsString(Map.of("youthRef", youthRef, "ownerAgency", "SCHOOL", "readerAgency", "POLICE",
                "category", category));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/consents/decisions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String register(HttpClient http, int port, String token) throws Exception {
        String youthRef = "Y-" + UUID.randomUUID().toString().substring(0, 13);
        Map<String, Object> request = Map.of(
                "caseId", UUID.randomUUID().toString(), "youthRef", youthRef, "youthBirthDate", TODAY.minusYears(19).toString(),
                "terms", Map.of(
                        "scope", Map.of("agencies", List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE"), "invitedPersons", List.of(),
                                "categories", List.of("SCHOOL_OCCUPATION", "CRIMINALITY")),
                        "validFrom", TODAY.toString(), "validUntil", TODAY.plusMonths(6).toString(),
                        "guardiansWithCustody", List.of(),
                        "signatures", List.of(Map.of("signer", "YOUTH", "signedOn", TODAY.toString())),
                        "handler", Map.of("name", "Handläggare", "phone", "063-14 30 00", "agency", "SOCIAL_SERVICES"),
                        "signedFormRef", "SN 2026/1", "researchFollowUp", false));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/consents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.body());
        }
        return youthRef;
    }

    private static ConfigurableApplicationContext startConsentService() {
        RealInfrastructure servers = RealInfrastructure.get();
        TestDatabase database = servers.postgres().createDatabase("decisionbenchmark");
        // As arguments, which rank above the service's application.yml.
        return new SpringApplicationBuilder(ConsentServiceApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("jwtDecoder", TestTokens.decoder()))
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.kafka.bootstrap-servers=" + servers.kafka().bootstrapServers(),
                        "--logging.level.root=WARN");
    }

    private DecisionApiLoad() {
    }
}
