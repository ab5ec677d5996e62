package se.sspf.systembenchmark;

import static se.sspf.systembenchmark.Fixture.expect;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import com.sun.net.httpserver.HttpServer;
import se.sspf.testsupport.SampleForms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case and plan events → the police's webhook: the police's administrator subscribes a receiver
 * here; at a steady rate a coordinator schedules a meeting the police is invited to (a case event)
 * or agrees a plan with an action for the police (a plan event), each on a case of its own. The
 * latency runs from the API's answer (the change committed, its event in the outbox) to the signed
 * delivery's arrival.
 */
final class WebhookLatency {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookLatency() {
    }

    /** Milliseconds from commit to delivery, one per event, in the order sent. */
    static long[] measure(Fixture fixture, List<Fixture.ActiveCase> cases, int perSecond) throws IOException,
            InterruptedException {
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            long now = System.nanoTime();
            JsonNode data = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .path("data");
            arrivals.putIfAbsent(data.path("caseId").asString() + "/" + data.path("kind").asString(), now);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String subscription = expect(201, fixture.gateway().post(fixture.policeAdmin.token(), "/api/subscriptions",
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/sspf"))).text("id");
        try {
            long[] committed = new long[cases.size()];
            String[] keys = new String[cases.size()];
            long period = 1_000_000_000L / perSecond;
            long start = System.nanoTime();
            for (int i = 0; i < cases.size(); i++) {
                LockSupport.parkNanos(start + i * period - System.nanoTime());
                keys[i] = cases.get(i).id() + "/" + (i % 2 == 0 ? meeting(fixture, cases.get(i))
                        : plan(fixture, cases.get(i)));
                committed[i] = System.nanoTime();
            }
            long[] latencies = new long[cases.size()];
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (int i = 0; i < keys.length; i++) {
                while (!arrivals.containsKey(keys[i])) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("no webhook for " + keys[i]);
                    }
                    Thread.sleep(5);
                }
                latencies[i] = (arrivals.get(keys[i]) - committed[i]) / 1_000_000;
            }
            return latencies;
        } finally {
            fixture.gateway().delete(fixture.policeAdmin.token(), "/api/subscriptions/" + subscription);
            receiver.stop(0);
        }
    }

    private static String meeting(Fixture fixture, Fixture.ActiveCase sspfCase) {
        expect(201, fixture.gateway().post(fixture.coordinator.token(), "/api/cases/" + sspfCase.id() + "/meetings",
                Map.of(
                "scheduledFor", Instant.now().plus(Duration.ofDays(7)).toString(), "place", "Skolan", "invitees",
                List.of("polis"), "familyInvited", true, "individual", List.of("Åtgärdsplanen"), "general",
                List.of())));
        return "MEETING_INVITATION";
    }

    private static String plan(Fixture fixture, Fixture.ActiveCase sspfCase) {
        expect(201, fixture.gateway().post(fixture.coordinator.token(), "/api/plans/" + sspfCase.id(),
                SampleForms.plan()));
        return "ACTION_ASSIGNED";
    }
}
