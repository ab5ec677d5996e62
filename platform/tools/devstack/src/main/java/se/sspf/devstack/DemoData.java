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
 * Four youths in the municipality, each at another stage, entered through the gateway by the demo
 * users as they would: one just proposed by the school, one offered SSPF and waiting for the family's
 * consent, one active with a meeting and a plan, one whose family withdrew and whose case is closed.
 */
public final class DemoData {

    private final LocalStack stack = new LocalStack();
    private final ApiClient gateway = stack.gateway();

    private DemoData() {
    }

    public static void main(String[] args) {
        try {
            new DemoData().load();
        } catch (LocalStack.StepFailed | IllegalStateException e) {
            System.err.println("demo data: FAILED — " + e.getMessage());
            System.exit(1);
        }
    }

    private void load() {
        String proposed = propose("HIGH_SCHOOL_ABSENCE");
        report("proposed by the school", proposed);

        String awaiting = propose("HIGH_SCHOOL_ABSENCE", "WORRYING_PEER_CONTACTS");
        decide(awaiting);
        report("offered SSPF, waiting for consent", awaiting);

        String active = activate(propose("ALCOHOL_OR_NARCOTICS", "WORRYING_PEER_CONTACTS"));
        expect(201, gateway.post(token("soc"), "/api/cases/" + active + "/meetings", Map.of(
                "scheduledFor", Instant.now().plus(Duration.ofDays(5)).toString(), "place", "Fritidsgården",
                "invitees", List.of("polis", "skola"), "familyInvited", true,
                "individual", List.of("Åtgärdsplanen", "Skolgången"), "general", List.of("Läget i området"))),
                "a meeting");
        await(Duration.ofSeconds(30), "the plan",
                () -> gateway.post(token("soc"), "/api/plans/" + active, SampleForms.plan()).status() == 201);
        report("active, meeting booked, plan agreed", active);

        String closed = propose("SUSPECTED_CRIME");
        String consentId = registerConsent(closed);
        expect(200, gateway.post(token("socsek"), "/api/consents/" + consentId + "/revocation",
                SampleForms.revocation()), "the revocation");
        expect(200, gateway.post(token("soc"), "/api/cases/" + closed + "/closing",
                Map.of("reason", "familjen avslutar", "planFollowed", false)), "the closing");
        report("consent withdrawn, closed", closed);
    }

    private String propose(String... riskIndicators) {
        return expect(201, gateway.post(token("skola"), "/api/cases", SampleForms.proposal(riskIndicators)),
                "a proposal").text("id");
    }

    private void decide(String caseId) {
        String path = "/api/cases/" + caseId;
        expect(200, gateway.post(token("soc"), path + "/decision", Map.of("offered", true, "reason", "passar SSPF")),
                "a decision");
        // socsek, social services' handler, joins to register the signed consent form: only participants handle it.
        for (String[] participant : List.of(new String[] {"polis", "POLICE"}, new String[] {"fritid", "LEISURE"},
                new String[] {"socsek", "SOCIAL_SERVICES"})) {
            expect(200, gateway.post(token("soc"), path + "/participants",
                    Map.of("ref", participant[0], "agency", participant[1], "role", "STAFF")), "a participant");
        }
        expect(201, gateway.post(token("skola"), path + "/journal",
                Map.of("category", "SCHOOL_OCCUPATION", "text", "Ogiltig frånvaro 30 %")), "a journal entry");
    }

    private String activate(String caseId) {
        registerConsent(caseId);
        await(Duration.ofSeconds(30), "the case becoming active",
                () -> "ACTIVE".equals(gateway.get(token("soc"), "/api/cases/" + caseId).text("status")));
        return caseId;
    }

    private String registerConsent(String caseId) {
        decide(caseId);
        String youthRef = gateway.get(token("soc"), "/api/cases/" + caseId).text("youthRef");
        return expect(201, gateway.post(token("socsek"), "/api/consents", SampleForms.consent(caseId, youthRef)),
                "a consent").text("id");
    }

    private String token(String user) {
        return stack.tokenFor(user);
    }

    private static void report(String stage, String caseId) {
        System.out.printf("demo data: case %s — %s%n", caseId, stage);
    }
}
