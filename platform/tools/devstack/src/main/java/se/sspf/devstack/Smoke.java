package se.sspf.devstack;

import static se.sspf.devstack.LocalStack.await;
import static se.sspf.devstack.LocalStack.expect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.SampleForms;

/**
 * A short SSPF case through the running stack's gateway, as each agency's user: proposal, decision,
 * consent, plan, what the police may see before and after the guardian withdraws the consent, the
 * police's inbox, closing. Exits 0 when every step behaves, 1 naming the step that did not.
 */
public final class Smoke {

    private final LocalStack stack = new LocalStack();
    private final ApiClient gateway = stack.gateway();

    private Smoke() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        try {
            new Smoke().run();
            System.out.printf("smoke: all steps passed in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        } catch (LocalStack.StepFailed | IllegalStateException e) {
            System.err.println("smoke: FAILED — " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() {
        String school = login("skola");
        String coordinator = login("soc");
        String handler = login("socsek");
        String police = login("polis");

        ApiClient.Response proposed = expect(201, gateway.post(school, "/api/cases",
                SampleForms.proposal("HIGH_SCHOOL_ABSENCE", "WORRYING_PEER_CONTACTS")), "the school proposes a case");
        String caseId = proposed.text("id");
        String path = "/api/cases/" + caseId;
        step("the school proposed case " + caseId);
        expect(200, gateway.post(coordinator, path + "/decision", Map.of("offered", true, "reason", "passar SSPF")),
                "social services offers SSPF");
        expect(200, gateway.post(coordinator, path + "/participants",
                Map.of("ref", "polis", "agency", "POLICE", "role", "STAFF")), "the coordinator adds the police");
        expect(200, gateway.post(coordinator, path + "/participants",
                Map.of("ref", "socsek", "agency", "SOCIAL_SERVICES", "role", "STAFF")),
                "the coordinator adds the handler who registers the consent");
        expect(201, gateway.post(school, path + "/journal",
                Map.of("category", "SCHOOL_OCCUPATION", "text", "Frånvaro 40 % denna termin")),
                "the school writes in its journal");
        if (!journal(police, path).isEmpty()) {
            throw new LocalStack.StepFailed("before any consent the police saw the school's journal");
        }
        step("decided, police added, school journal written; the police sees none of it without consent");

        String consentId = expect(201, gateway.post(handler, "/api/consents",
                SampleForms.consent(caseId, proposed.text("youthRef"))), "social services registers the consent")
                .text("id");
        await(Duration.ofSeconds(30), "the case becomes active",
                () -> "ACTIVE".equals(gateway.get(coordinator, path).text("status")));
        step("consent " + consentId + " registered; the case is active");

        expect(201, gateway.post(coordinator, path + "/meetings",
                Map.of("scheduledFor", Instant.now().plus(Duration.ofDays(7)).toString(), "place", "Skolan", "invitees",
                List.of("polis", "skola"), "familyInvited", true, "individual", List.of("Åtgärdsplanen"), "general",
                List.of())), "the coordinator schedules the first meeting");
        await(Duration.ofSeconds(30), "the plan is agreed",
                () -> gateway.post(coordinator, "/api/plans/" + caseId, SampleForms.plan()).status() == 201);
        step("meeting scheduled, plan agreed");

        await(Duration.ofSeconds(10), "the police reads the school's journal under the consent",
                () -> journal(police, path).contains("Frånvaro 40 % denna termin"));
        await(Duration.ofSeconds(30), "the police's inbox tells of the meeting and its action",
                () -> expect(200, gateway.get(police, "/api/notifications"), "the police's inbox").json().size() > 0);
        step("the police reads what the consent allows and has notifications in its inbox");

        expect(200, gateway.post(handler, "/api/consents/" + consentId + "/revocation", SampleForms.revocation()),
                "a guardian revokes");
        long revoked = System.nanoTime();
        await(Duration.ofSeconds(2), "the police loses the school's journal after revocation",
                () -> journal(police, path).isEmpty());
        step("consent revoked; the police was denied after " + (System.nanoTime() - revoked) / 1_000_000 + " ms");

        String status = expect(200, gateway.post(coordinator, path + "/closing",
                Map.of("reason", "familjen avslutar", "planFollowed", false)), "the coordinator closes the case")
                .text("status");
        if (!"CLOSED".equals(status)) {
            throw new LocalStack.StepFailed("closing left the case " + status);
        }
        step("case closed");
    }

    private String login(String user) {
        String token = stack.tokenFor(user);
        step(user + " logged in");
        return token;
    }

    private List<String> journal(String token, String path) {
        return expect(200, gateway.get(token, path + "/journal"), "reading the journal").json().path("entries")
                .valueStream()
                .map(entry -> entry.path("text").asString()).toList();
    }

    private static void step(String what) {
        System.out.println("smoke: ✓ " + what);
    }
}
