package se.sspf.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.TestTokens;
import tools.jackson.databind.json.JsonMapper;

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

    public static void main(String[] args) {
        BenchmarkMain.run(DecisionApiLoad::measure);
    }

    private static void measure() throws Exception {
        int rate = Integer.getInteger("rate", 200);
        int seconds = Integer.getInteger("seconds", 30);
        int youths = Integer.getInteger("youths", 500);

        try (ConsentServiceInstance service = new ConsentServiceInstance(FreePort.next(), "", Clock.systemUTC())) {
            service.start();
            HttpClient http = HttpClient.newHttpClient();
            String police = TestTokens.forUser("2380", Agency.POLICE, Role.STAFF);
            List<String> youthRefs = new ArrayList<>();
            for (int i = 0; i < youths; i++) {
                String youthRef = "Y-" + UUID.randomUUID().toString().substring(0, 13);
                service.register(youthRef, LocalDate.now(SwedishTime.ZONE).plusMonths(6));
                youthRefs.add(youthRef);
            }
            System.out.printf("registered %d consents%n", youths);

            run(http, service.url(), police, youthRefs, rate, 5);          // warm-up: JIT, connection pools
            long[] latencies = run(http, service.url(), police, youthRefs, rate, seconds);
            report(rate, seconds, latencies);
        }
    }

    private static long[] run(HttpClient http, String url, String token, List<String> youthRefs, int rate,
                              int seconds) {
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
            inFlight[i] = http.sendAsync(decision(url, token, youth, category), HttpResponse.BodyHandlers.ofString())
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
        System.out.printf("decision API, %d requests at %d/s for %d s (open loop, latency from the planned send "
                + "time)%n", latencies.length, rate, seconds);
        System.out.println(new Percentiles(latencies).summary());
    }

    private static HttpRequest decision(String url, String token, String youthRef, String category) {
        String body = JSON.writeValueAsString(Map.of("youthRef", youthRef, "ownerAgency", "SCHOOL", "readerAgency",
                "POLICE", "category", category));
        return HttpRequest.newBuilder(URI.create(url + "/api/consents/decisions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }



    private DecisionApiLoad() {
    }
}
