package se.sspf.systembenchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.OidcLogin;
import se.sspf.testsupport.SampleForms;

/**
 * The benchmark's cases, entered through the stack's gateway by the demo users as in real use:
 * each active, the police among its participants, a consent covering school, social services and
 * police for school and crime, and an entry in the school's journal that the police may read.
 */
final class Fixture {

    private static final String ISSUER = "http://127.0.0.1:9000";
    private static final String REDIRECT = "http://127.0.0.1:8080/login/callback";

    private final ApiClient gateway = new ApiClient(8080);
    final DemoUser school = new DemoUser("skola");
    final DemoUser coordinator = new DemoUser("soc");
    final DemoUser handler = new DemoUser("socsek");
    final DemoUser police = new DemoUser("polis");
    final DemoUser policeAdmin = new DemoUser("admin-polis");

    /**
     * A demo user's access token, logged in again before it runs out: the identity server's tokens
     * live 5 minutes and a whole benchmark runs about 15.
     */
    static final class DemoUser {

        private static final Duration FRESH_FOR = Duration.ofMinutes(3);

        private final String name;
        private String token;
        private long loggedInAt;

        DemoUser(String name) {
            this.name = name;
        }

        synchronized String token() {
            if (token == null || System.nanoTime() - loggedInAt > FRESH_FOR.toNanos()) {
                token = login(name);
                loggedInAt = System.nanoTime();
            }
            return token;
        }
    }

    record ActiveCase(String id, String consentId) {
        String journal() {
            return "/api/cases/" + id + "/journal";
        }
    }

    static String login(String user) {
        return new OidcLogin(ISSUER, "sspf-web", REDIRECT).accessToken(user, "sspf-demo");
    }

    ApiClient gateway() {
        return gateway;
    }

    /** {@code count} active cases, made four at a time. */
    List<ActiveCase> activeCases(int count) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<ActiveCase>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(workers.submit(this::activeCase));
            }
            List<ActiveCase> cases = new ArrayList<>();
            for (Future<ActiveCase> one : made) {
                cases.add(one.get());
            }
            return cases;
        } finally {
            workers.shutdown();
        }
    }

    private ActiveCase activeCase() throws InterruptedException {
        ApiClient.Response proposed = expect(201,
                gateway.post(school.token(), "/api/cases", SampleForms.proposal("HIGH_SCHOOL_ABSENCE")));
        String id = proposed.text("id");
        String path = "/api/cases/" + id;
        expect(200, gateway.post(coordinator.token(), path + "/decision",
                Map.of("offered", true, "reason", "passar SSPF")));
        expect(200, gateway.post(coordinator.token(), path + "/participants",
                Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")));
        expect(200, gateway.post(coordinator.token(), path + "/participants",
                Map.of("ref", "socsek", "agency", "SOCIAL_SERVICES", "role", "STAFF")));
        expect(201, gateway.post(school.token(), path + "/journal",
                Map.of("category", "SCHOOL_OCCUPATION", "text", "Frånvaro 40 % denna termin")));
        String consentId = expect(201, gateway.post(handler.token(), "/api/consents",
                SampleForms.consent(id, proposed.text("youthRef")))).text("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"ACTIVE".equals(gateway.get(coordinator.token(), path).text("status"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("case " + id + " did not become active");
            }
            Thread.sleep(50);
        }
        return new ActiveCase(id, consentId);
    }

    static ApiClient.Response expect(int status, ApiClient.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.status() + ": "
                    + response.body());
        }
        return response;
    }
}
