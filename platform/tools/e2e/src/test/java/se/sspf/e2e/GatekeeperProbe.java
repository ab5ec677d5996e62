package se.sspf.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import se.sspf.contracts.InformationCategory;
import se.sspf.testsupport.ApiClient;

/**
 * Sweep 2, the gatekeeper guarded: every consent endpoint called by users who do not take part in
 * the case answers 404 problem+json and changes nothing, and a consent naming another case's youth
 * is refused and not stored.
 */
@RequiredArgsConstructor
final class GatekeeperProbe {

    /**
     * In Östersund but not in the case (police, leisure, a social services officer, the steering group, an
     * administrator); Malmö.
     */
    static final List<String> OUTSIDERS = List.of("polis", "fritid", "socsek", "styrgrupp", "admin-polis", "malmo-soc");

    private final CountedGateway gateway;
    private final List<String> failures = new ArrayList<>();
    private int calls;

    List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * A case the school proposed and social services' coordinator took on and registered a consent for; nobody else
     * takes part.
     */
    void probe() {
        ApiClient.Response proposed = propose();
        String caseId = proposed.text("id");
        Map<String, Object> form = ConsentForms.fifteenYearOld(caseId, proposed.text("youthRef"), CanaryWriter.FOUR,
                Set.of(InformationCategory.SCHOOL_OCCUPATION), ConsentForms.FreeText.plain());
        String consentId = CanaryWriter.expect(201, gateway.post("soc", "/api/consents", form)).text("id");
        String consent = "/api/consents/" + consentId;
        ApiClient.Response before = CanaryWriter.expect(200, gateway.get("soc", consent));
        int history = CanaryWriter.expect(200, gateway.get("soc", consent + "/history")).json().size();
        Map<String, String> ifMatch = Map.of("If-Match", before.etag());
        for (String outsider : OUTSIDERS) {
            refused(outsider, "GET " + consent, gateway.get(outsider, consent));
            refused(outsider, "GET " + consent + "/history", gateway.get(outsider, consent + "/history"));
            refused(outsider, "GET /api/consents?caseId=", gateway.get(outsider, "/api/consents?caseId=" + caseId));
            refused(outsider, "POST /api/consents", gateway.post(outsider, "/api/consents", form));
            refused(outsider, "PUT " + consent + "/terms",
                    gateway.put(outsider, consent + "/terms", form.get("terms"), ifMatch));
            refused(outsider, "POST " + consent + "/revocation", gateway.post(outsider, consent + "/revocation",
                    Map.of("revokedBy", "YOUTH", "reason", "vill sluta"), ifMatch));
            refused(outsider, "POST " + consent + "/reconfirmation", gateway.post(outsider, consent + "/reconfirmation",
                    Map.of("signedOn", ConsentForms.TODAY.toString()), ifMatch));
            refused(outsider, "POST /api/consents/tear-ups",
                    gateway.post(outsider, "/api/consents/tear-ups", Map.of("caseId", caseId)));
        }
        ApiClient.Response after = CanaryWriter.expect(200, gateway.get("soc", consent));
        unchanged("the consent's ETag", before.etag(), after.etag());
        unchanged("the consent's status", before.text("status"), after.text("status"));
        unchanged("the consent's version", before.text("version"), after.text("version"));
        unchanged("the consent's history", history,
                CanaryWriter.expect(200, gateway.get("soc", consent + "/history")).json().size());
        unchanged("the case's consents", 1, consentsOf(caseId));
        anotherYouthsConsentIsRefused(caseId, proposed.text("youthRef"));
    }

    /** Case X's consent naming case W's youth: 404, and neither case has a consent more. */
    private void anotherYouthsConsentIsRefused(String caseW, String youthOfW) {
        String caseX = propose().text("id");
        ApiClient.Response registered = gateway.post("soc", "/api/consents",
                ConsentForms.fifteenYearOld(caseX, youthOfW, CanaryWriter.FOUR,
                Set.of(InformationCategory.SCHOOL_OCCUPATION), ConsentForms.FreeText.plain()));
        refused("soc (a participant of X)", "POST /api/consents for case X naming case W's youthRef", registered);
        unchanged("case X's consents after a consent naming W's youth", 0, consentsOf(caseX));
        unchanged("case W's consents after a consent naming W's youth on X", 1, consentsOf(caseW));
    }

    private ApiClient.Response propose() {
        ApiClient.Response proposed = CanaryWriter.expect(201, gateway.post("skola", "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE"))));
        CanaryWriter.expect(200, gateway.post("soc", "/api/cases/" + proposed.text("id") + "/decision",
                Map.of("offered", true, "reason", "passar SSPF")));
        return proposed;
    }

    private int consentsOf(String caseId) {
        return CanaryWriter.expect(200, gateway.get("soc", "/api/consents?caseId=" + caseId)).json().path("consents")
                .size();
    }

    /** How many calls the probe expected to be refused, for the count it prints. */
    int calls() {
        return calls;
    }

    private void refused(String caller, String call, ApiClient.Response answer) {
        calls++;
        if (answer.status() != 404 || !answer.contentType().startsWith("application/problem+json")) {
            failures.add("NOT REFUSED  " + call + " by " + caller + ": " + answer.status() + " " + answer.contentType()
                    + ", expected 404 application/problem+json");
        }
    }

    private void unchanged(String what, Object before, Object after) {
        if (!before.equals(after)) {
            failures.add("CHANGED  " + what + ": " + before + " before the outsiders' calls, " + after + " after");
        }
    }
}
