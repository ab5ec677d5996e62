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
    final String school = login("skola");
    final String coordinator = login("soc");
    final String handler = login("socsek");
    final String police = login("polis");
    final String policeAdmin = login("admin-polis");

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
        ApiClient.Response proposed = expect(201, gateway.post(school, "/api/cases", SampleForms.proposal("HIGH_SCHOOL_ABSENCE")));
        String id = proposed.text("id");
        String path = "/api/cases/" + id;
        expect(200, gateway.post(coordinator, path + "/decision", Map.of("offered", true, "reason", "passar SSPF")));
        expect(200, gateway.post(coordinator, path + "/participants", Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")));
        expect(201, gateway.post(school, path + "/journal", Map.of("category", "SCHOOL_OCCUPATION", "text", "Frånvaro 40 % denna termin")));
        String consentId = expect(201, gateway.post(handler, "/api/consents", SampleForms.consent(id, proposed.text("youthRef")))).text("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"ACTIVE".equals(gateway.get(coordinator, path).text("status"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("case " + id + " did not become active");
            }
            Thread.sleep(50);
        }
        return new ActiveCase(id, consentId);
    }

    static ApiClient.Response expect(int status, ApiClient.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
