package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.SampleForms;
import tools.jackson.databind.JsonNode;

/**
 * Hundreds of bad requests through the gateway against every endpoint that takes input, made by spoiling each
 * value of a valid request (see {@link BadInputCorpus}) and by hand: none answers 5xx, each answers problem+json
 * naming the field or parameter at fault, and what the case's readers see afterwards is exactly what they saw
 * before. The case is a whole one (consent, identity, meeting, plan), written as the canary sweep writes its cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    private static final LocalDate TODAY = SampleForms.TODAY;
    private static final String NOT_AN_ID = "not-an-id";

    private CountedGateway gateway;
    private SweptCase swept;
    private List<BadInput> corpus;

    @BeforeAll
    void writeACaseAndSpoilItsRequests() throws Exception {
        SweptStack stack = SweptStack.shared();
        gateway = new CountedGateway(stack.api(), stack::tokenFor);
        swept = new CanaryWriter(gateway).write(Situation.CONSENT_COVERING);
        corpus = corpus();
    }

    @Test
    void everyBadRequestIsRefusedWithAProblemNamingWhatIsWrongAndChangesNothing() {
        Map<String, String> before = whatTheReadersSee();
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (BadInput input : corpus) {
            ApiClient.Response answer = send(input);
            byStatus.merge(String.valueOf(answer.status()), 1, Integer::sum);
            String fault = faultIn(input, answer);
            if (fault != null) {
                wrong.add(input + " -> " + answer.status() + " " + fault + ": " + answer.body());
            }
        }
        System.out.printf("bad-input corpus: %d requests, answers by status %s, %d wrong%n", corpus.size(), byStatus,
                wrong.size());
        assertThat(corpus).as("the corpus").hasSizeGreaterThanOrEqualTo(300);
        assertThat(wrong).as("bad requests answered wrongly").isEmpty();
        assertThat(whatTheReadersSee()).as("what the readers see after the corpus").isEqualTo(before);
    }

    /** What is wrong with the answer, or null: a 4xx problem+json whose errors name what the input spoilt. */
    private static String faultIn(BadInput input, ApiClient.Response answer) {
        if (answer.status() < 400 || answer.status() >= 500) {
            return "not a 4xx";
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not problem+json";
        }
        for (JsonNode error : answer.json().path("errors")) {
            if (input.isNamedBy(error.path("field").asString())) {
                return null;
            }
        }
        return "does not name " + input.names();
    }

    private ApiClient.Response send(BadInput input) {
        return send(input.user(), input.method(), input.path(), input.body(), input.headers());
    }

    /**
     * Sends it; where the gateway's rate limit refuses (429), waits as told and sends it again. The corpus spends
     * the readers' allowance, so the reading after it waits too.
     */
    private ApiClient.Response send(String user, String method, String path, String body,
                                    Map<String, String> headers) {
        while (true) {
            ApiClient.Response answer = gateway.exchange(user, method, path, body, headers);
            if (answer.status() != 429) {
                return answer;
            }
            sleep(Duration.ofSeconds(Long.parseLong(answer.retryAfter())));
        }
    }

    private List<BadInput> corpus() {
        String caseId = swept.caseId();
        String cases = "/api/cases/" + caseId;
        String consent = "/api/consents/" + swept.consentId();
        String plan = "/api/plans/" + caseId;
        Map<String, String> consentVersion = Map.of("If-Match", gateway.get("soc", consent).etag());
        Map<String, String> planVersion = Map.of("If-Match", gateway.get("soc", plan).etag());
        Map<String, Object> consentForm = ConsentForms.fifteenYearOld(caseId, swept.youthRef(), CanaryWriter.FOUR,
                CanaryWriter.ALL_CATEGORIES, ConsentForms.FreeText.plain());
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = (Map<String, Object>) consentForm.get("terms");
        Map<String, Object> question = Map.of("youthRef", swept.youthRef(), "ownerAgency", "SCHOOL", "readerAgency",
                "SOCIAL_SERVICES", "category", "SCHOOL_OCCUPATION");
        Map<String, Object> appointment = Map.of("date", TODAY.plusWeeks(4).toString(), "time", "15:00", "place",
                "Skolan");
        String group = "/api/groups/" + swept.groupId();
        String groupMeeting = group + "/meetings/" + swept.groupMeetingId();
        return new BadInputCorpus()
                .spoiling("skola", "POST", "/api/cases", Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE")),
                        Map.of())
                .spoiling("soc", "POST", cases + "/decision", Map.of("offered", true, "reason", "passar SSPF"),
                        Map.of())
                .spoiling("soc", "POST", cases + "/participants",
                        Map.of("ref", "fritid", "agency", "LEISURE", "role", "STAFF"), Map.of())
                .spoiling("soc", "POST", cases + "/closing", Map.of("reason", "planen följd", "planFollowed", true),
                        Map.of())
                .spoiling("soc", "PUT", cases + "/expected-return",
                        Map.of("from", "INSTITUTION", "expectedOn", TODAY.plusDays(30).toString()), Map.of())
                .spoiling("skola", "POST", cases + "/journal",
                        Map.of("category", "SCHOOL_OCCUPATION", "text", "Frånvaro 40 %"), Map.of())
                .spoiling("skola", "POST", cases + "/reports-of-concern", Map.of("madeOn", TODAY.toString()), Map.of())
                .spoiling("soc", "POST", cases + "/meetings", Map.of("scheduledFor",
                        Instant.now().plus(Duration.ofDays(7)).toString(), "place", "Skolan", "invitees",
                        List.of("polis"), "familyInvited", false, "individual", List.of("Planen"), "general",
                        List.of("Läget")), Map.of())
                .spoiling("polis", "POST", cases + "/meetings/" + swept.meetingId() + "/minutes", Map.of("text",
                        "Mötet hölls", "decisions", List.of(Map.of("what", "Samtal", "why", "Oro", "who", "Polisen"))),
                        Map.of())
                .spoiling("soc", "PUT", cases + "/identity", Map.of("name", "Kim Andersson", "personalIdentityNumber",
                        SampleForms.personalIdentityNumberBornOn(ConsentForms.FIFTEEN_YEAR_OLD_BORN)), Map.of())
                .spoiling("soc", "POST", "/api/consents", consentForm, Map.of())
                .spoiling("soc", "POST", "/api/consents/decisions", question, Map.of())
                .spoiling("soc", "POST", "/api/consents/decisions/batch", Map.of("questions", List.of(question)),
                        Map.of())
                .spoiling("soc", "POST", consent + "/revocation", SampleForms.revocation(), consentVersion)
                .spoiling("soc", "POST", consent + "/reconfirmation", Map.of("signedOn", TODAY.toString()),
                        consentVersion)
                .spoiling("soc", "PUT", consent + "/terms", terms, consentVersion)
                .spoiling("soc", "POST", plan, SampleForms.plan(), planVersion)
                .spoiling("soc", "POST", plan + "/follow-ups", Map.of("reviewedVersion", 1, "heldOn",
                        TODAY.toString(), "checks", List.of(Map.of("actionId", swept.actionId(), "outcome", "DONE",
                        "note", "Klart")), "decision", "CONTINUE", "nextFollowUp", appointment), planVersion)
                .spoiling("soc", "PUT", plan + "/follow-up", appointment, planVersion)
                .spoiling("polis", "PUT", plan + "/actions/" + swept.actionId() + "/status",
                        Map.of("status", "IN_PROGRESS", "note", "Samtal hållet"), planVersion)
                .spoiling("soc", "POST", "/api/groups", Map.of("kind", "WORKING", "name", "Södra distriktet",
                        "meetingIntervalDays", 14, "registrationDeadlineDays", 2, "members", List.of(Map.of("ref",
                        "soc", "agency", "SOCIAL_SERVICES", "role", "CONVENER"))), Map.of())
                .spoiling("soc", "POST", group + "/meetings", Map.of("scheduledFor",
                        Instant.now().plus(Duration.ofDays(14)).toString(), "place", "Stadshuset", "general",
                        List.of("Skolavslutningen")), Map.of())
                .spoiling("soc", "POST", groupMeeting + "/cases", Map.of("caseId", caseId), Map.of())
                .spoiling("soc", "POST", groupMeeting + "/de-identified", Map.of("code", "NORR-7", "riskIndicators",
                        List.of("HIGH_SCHOOL_ABSENCE"), "returnee", Map.of("from", "INSTITUTION", "expectedOn",
                        TODAY.plusDays(30).toString()), "seekConsent", true), Map.of())
                .spoiling("soc", "POST", groupMeeting + "/minutes", Map.of("text", "Allmän del", "decisions",
                        List.of(Map.of("what", "Fler vuxna ute", "why", "Valborg", "who", "Fritid"))), Map.of())
                .spoiling("admin-polis", "POST", "/api/subscriptions", Map.of("url", "https://polisen.example/hook"),
                        Map.of())
                .spoiling("skola", "PUT", "/api/notifications/settings", Map.of("language", "SV"), Map.of())
                // Rules no single spoilt value reaches: what is missing, and what only the whole request shows.
                .request("guardian's revocation without the guardian", "soc", "POST", consent + "/revocation",
                        Map.of("revokedBy", "GUARDIAN", "reason", "familjen vill avsluta"), "guardianRef")
                .request("guardian's signature without the guardian", "soc", "POST", "/api/consents",
                        withoutGuardianInSignature(awaitingConsent(), terms, true), "terms.signatures[1].guardianRef")
                .request("guardian's signature without the guardian", "soc", "PUT", consent + "/terms",
                        withoutGuardianInSignature(consentForm, terms, false), consentVersion,
                        "signatures[1].guardianRef")
                .request("no risk indicator", "skola", "POST", "/api/cases", Map.of("riskIndicators", List.of()),
                        "riskIndicators")
                .request("journal entry without text", "skola", "POST", cases + "/journal",
                        Map.of("category", "SCHOOL_OCCUPATION"), "text")
                .request("decision without its answer", "soc", "POST", cases + "/decision",
                        Map.of("reason", "passar SSPF"), "offered")
                .request("meeting in the past", "soc", "POST", cases + "/meetings", Map.of("scheduledFor",
                        Instant.now().minus(Duration.ofDays(1)).toString(), "place", "Skolan", "invitees", List.of(),
                        "familyInvited", false, "individual", List.of(), "general", List.of()), "scheduledFor")
                .request("report of concern dated tomorrow", "skola", "POST", cases + "/reports-of-concern",
                        Map.of("madeOn", TODAY.plusDays(1).toString()), "madeOn")
                // Parameters: out of range, of the wrong kind, missing.
                .request("page before the first", "soc", "GET", "/api/cases?page=-1", null, "page")
                .request("empty page", "soc", "GET", "/api/cases?size=0", null, "size")
                .request("page too large", "soc", "GET", "/api/cases?size=101", null, "size")
                .request("page far too large", "soc", "GET", "/api/cases?size=1000", null, "size")
                .request("page not a number", "soc", "GET", "/api/cases?page=first", null, "page")
                .request("fraction of a page", "soc", "GET", "/api/cases?size=1.5", null, "size")
                .request("page before the first", "soc", "GET", "/api/consents?caseId=" + caseId + "&page=-1", null,
                        "page")
                .request("empty page", "soc", "GET", "/api/consents?caseId=" + caseId + "&size=0", null, "size")
                .request("page too large", "soc", "GET", "/api/consents?caseId=" + caseId + "&size=101", null, "size")
                .request("page far too large", "soc", "GET", "/api/consents?caseId=" + caseId + "&size=1000", null,
                        "size")
                .request("case id not an id", "soc", "GET", "/api/consents?caseId=" + NOT_AN_ID, null, "caseId")
                .request("case id missing", "soc", "GET", "/api/consents", null, "caseId")
                .request("impossible date", "soc", "GET", "/api/cases/returnees?from=2026-13-01&to=2026-12-31", null,
                        "from")
                .request("end missing", "soc", "GET", "/api/cases/returnees?from=2026-01-01", null, "to")
                .request("boolean not a boolean", "polis", "GET", "/api/plans/actions?overdue=perhaps", null,
                        "overdue")
                .request("boolean not a boolean", "skola", "GET", "/api/notifications?unread=perhaps", null, "unread")
                .request("id not an id", "soc", "GET", "/api/cases/" + NOT_AN_ID, null, "id")
                .request("id not an id", "soc", "GET", "/api/cases/" + NOT_AN_ID + "/journal", null, "id")
                .request("id not an id", "soc", "GET", "/api/cases/" + NOT_AN_ID + "/meetings", null, "id")
                .request("id not an id", "soc", "GET", "/api/cases/" + NOT_AN_ID + "/identity", null, "id")
                .request("id not an id", "soc", "POST", "/api/cases/" + NOT_AN_ID + "/follow-up", null, "id")
                .request("id not an id", "soc", "GET", "/api/consents/" + NOT_AN_ID, null, "id")
                .request("id not an id", "soc", "GET", "/api/consents/" + NOT_AN_ID + "/history", null, "id")
                .request("id not an id", "soc", "GET", "/api/plans/" + NOT_AN_ID, null, "caseId")
                .request("id not an id", "soc", "GET", "/api/plans/" + NOT_AN_ID + "/follow-ups", null, "caseId")
                .request("version not a number", "soc", "GET", plan + "/versions/first", null, "version")
                .request("id not an id", "polis", "PUT", plan + "/actions/" + NOT_AN_ID + "/status",
                        Map.of("status", "IN_PROGRESS"), "actionId")
                .request("id not an id", "skola", "POST", "/api/notifications/" + NOT_AN_ID + "/read", null, "id")
                .request("id not an id", "soc", "GET", "/api/groups/" + NOT_AN_ID, null, "groupId")
                .request("id not an id", "soc", "GET", group + "/meetings/" + NOT_AN_ID, null, "meetingId")
                .request("general part naming a youth", "soc", "POST", group + "/meetings", Map.of("scheduledFor",
                        Instant.now().plus(Duration.ofDays(14)).toString(), "place", "Stadshuset", "general",
                        List.of("Skolavslutningen", "Oro för " + SampleForms.personalIdentityNumberBornOn(
                        ConsentForms.FIFTEEN_YEAR_OLD_BORN))), "general[1]")
                .request("id not an id", "admin-polis", "DELETE", "/api/subscriptions/" + NOT_AN_ID, null, "id")
                .request("id not an id", "admin-polis", "POST", "/api/subscriptions/" + NOT_AN_ID + "/ping", null,
                        "id")
                .inputs();
    }

    /** The form of a case that has no consent yet, where only the form's own faults can refuse it. */
    private Map<String, Object> awaitingConsent() {
        ApiClient.Response proposed = CanaryWriter.expect(201, gateway.post("skola", "/api/cases",
                Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE"))));
        CanaryWriter.expect(200, gateway.post("soc", "/api/cases/" + proposed.text("id") + "/decision",
                Map.of("offered", true, "reason", "passar SSPF")));
        return ConsentForms.fifteenYearOld(proposed.text("id"), proposed.text("youthRef"), CanaryWriter.FOUR,
                CanaryWriter.ALL_CATEGORIES, ConsentForms.FreeText.plain());
    }

    private static Map<String, Object> withoutGuardianInSignature(Map<String, Object> form, Map<String, Object> terms,
                                                                  boolean wholeForm) {
        Map<String, Object> changed = new LinkedHashMap<>(terms);
        changed.put("signatures", List.of(Map.of("signer", "YOUTH", "signedOn", TODAY.toString()),
                Map.of("signer", "GUARDIAN", "signedOn", TODAY.toString())));
        if (!wholeForm) {
            return changed;
        }
        Map<String, Object> changedForm = new LinkedHashMap<>(form);
        changedForm.put("terms", changed);
        return changedForm;
    }

    /** Everything the case's readers see of it, of its consent and plan, and of their own settings. */
    private Map<String, String> whatTheReadersSee() {
        String cases = "/api/cases/" + swept.caseId();
        String consent = "/api/consents/" + swept.consentId();
        String plan = "/api/plans/" + swept.caseId();
        Map<String, String> seen = new TreeMap<>();
        for (String user : List.of("skola", "soc", "polis")) {
            for (String path : List.of("/api/cases?size=100", cases, cases + "/journal", cases + "/meetings",
                    cases + "/identity", "/api/consents?caseId=" + swept.caseId(), consent, consent + "/history",
                    plan, plan + "/versions", plan + "/follow-ups", "/api/notifications/settings", "/api/groups",
                    "/api/groups/" + swept.groupId() + "/meetings/" + swept.groupMeetingId())) {
                ApiClient.Response answer = send(user, "GET", path, null, Map.of());
                seen.put(user + " " + path, answer.status() + " " + answer.body());
            }
        }
        ApiClient.Response subscriptions = send("admin-polis", "GET", "/api/subscriptions", null, Map.of());
        seen.put("admin-polis /api/subscriptions", subscriptions.status() + " " + subscriptions.body());
        return seen;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
