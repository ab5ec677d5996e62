package se.sspf.systembenchmark;

import static se.sspf.systembenchmark.Fixture.expect;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import se.sspf.testsupport.SampleForms;

/**
 * Case and plan events → the police's webhook: the police's administrator subscribes a receiver
 * here; at a steady rate a coordinator schedules a meeting the police is invited to (a case event)
 * or agrees a plan with an action for the police (a plan event), each on a case of its own. The
 * latency runs from the API's answer (the change committed, its event in the outbox) to the signed
 * delivery's arrival.
 */
final class WebhookLatency {

    private WebhookLatency() {
    }

    /** Milliseconds from commit to delivery, one per event, in the order sent. */
    static long[] measure(Fixture fixture, List<Fixture.ActiveCase> cases, int perSecond) throws IOException,
            InterruptedException {
        try (PoliceWebhookReceiver receiver = new PoliceWebhookReceiver(fixture, "/sspf", 1, event ->
                event.path("data").path("caseId").asString() + "/" + event.path("data").path("kind").asString())) {
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
            long[] arrived = receiver.arrivalsOf(keys, Duration.ofSeconds(60));
            long[] latencies = new long[cases.size()];
            for (int i = 0; i < keys.length; i++) {
                latencies[i] = (arrived[i] - committed[i]) / 1_000_000;
            }
            return latencies;
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
