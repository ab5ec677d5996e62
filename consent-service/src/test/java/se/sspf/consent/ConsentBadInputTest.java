package se.sspf.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.WithRealInfrastructure;
import tools.jackson.databind.json.JsonMapper;

/** What was found from outside (issue 18): each is a 400 problem naming the field, and nothing is written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ConsentBadInputTest {

    private static final String HANDLER = ConsentServiceInstance.HANDLER;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired TopicNames topics;

    private ApiClient api;
    private CaseServiceEvents caseEvents;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        caseEvents = new CaseServiceEvents(RealInfrastructure.get().kafka().bootstrapServers(), topics);
    }

    @AfterEach
    void close() {
        caseEvents.close();
    }

    @Test
    void aGuardiansSignatureWithoutTheGuardianIsRefusedNamingIt() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        Map<String, Object> request = changed(form, terms -> terms.put("signatures", List.of(
                Map.of("signer", "YOUTH", "signedOn", ConsentForm.TODAY.toString()),
                Map.of("signer", "GUARDIAN", "signedOn", ConsentForm.TODAY.toString()))));

        ApiClient.Response refused = api.post(HANDLER, "/api/consents", request);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).isEqualTo("terms.signatures[1].guardianRef");
        assertThat(storedRowsFor(form)).isZero();
    }

    @Test
    void aRevocationByAGuardianWhoIsNotNamedIsRefusedAndTheConsentStaysInForce() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String consentId = api.post(HANDLER, "/api/consents", form.request()).text("id");
        Map<String, Object> unnamed = new HashMap<>(Map.of("revokedBy", "GUARDIAN", "reason", "the family stops"));
        unnamed.put("guardianRef", null);

        ApiClient.Response refused = api.post(HANDLER, "/api/consents/" + consentId + "/revocation", unnamed);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("guardianRef");
        assertThat(api.get(HANDLER, "/api/consents/" + consentId).text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aRevocationReasonWithANulCharacterIsRefusedNamingIt() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String consentId = api.post(HANDLER, "/api/consents", form.request()).text("id");

        assertRefused(api.post(HANDLER, "/api/consents/" + consentId + "/revocation", Map.of("revokedBy", "YOUTH",
                "reason", "stop\u0000")), "reason");
        assertThat(api.get(HANDLER, "/api/consents/" + consentId).text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingTheParameter() {
        String list = "/api/consents?caseId=" + UUID.randomUUID();

        assertRefused(api.get(HANDLER, list + "&size=0"), "size");
        assertRefused(api.get(HANDLER, list + "&size=1000"), "size");
        assertRefused(api.get(HANDLER, list + "&page=-1"), "page");
        assertRefused(api.get(HANDLER, list + "&page=one"), "page");
        assertRefused(api.get(HANDLER, "/api/consents"), "caseId");
    }

    @Test
    void aNulCharacterInTheTermsIsRefusedNamingTheFieldAndNothingIsStored() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);

        assertRefused(api.post(HANDLER, "/api/consents", changed(form, terms -> terms.put("signedFormRef",
                "SN 2026/1432\u0000"))), "terms.signedFormRef");
        assertRefused(api.post(HANDLER, "/api/consents", changed(form, terms -> terms.put("handler", Map.of(
                "name", "Handläggare\u0000Ett", "phone", "063-14 30 00", "agency", "SOCIAL_SERVICES")))),
                "terms.handler.name");
        assertRefused(api.post(HANDLER, "/api/consents", changed(form, terms -> terms.put("scope", Map.of(
                "agencies", List.of("SCHOOL", "POLICE"), "categories", List.of("SCHOOL_OCCUPATION"),
                "invitedPersons", List.of(Map.of("ref", "P-COACH001", "role", "coach\u0000")))))),
                "terms.scope.invitedPersons[0].role");
        assertThat(storedRowsFor(form)).isZero();
    }

    @Test
    void halfASurrogatePairIsRefusedNamingTheFieldAndNothingIsStored() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String json = JSON.writeValueAsString(changed(form, terms -> terms.put("signedFormRef", "SN LONE")))
                .replace("LONE", "\\ud800");

        assertRefused(api.exchange(HANDLER, "POST", "/api/consents", json, Map.of()),
                "terms.signedFormRef");
        assertThat(storedRowsFor(form)).isZero();
    }

    @Test
    void aPersonalIdentityNumberAsAReferenceIsRefusedNamingTheField() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);

        assertRefused(api.post(HANDLER, "/api/consents", changed(form, terms -> terms.put("scope", Map.of(
                "agencies", List.of("SCHOOL", "POLICE"), "categories", List.of("SCHOOL_OCCUPATION"),
                "invitedPersons", List.of(Map.of("ref", "P-198511142393", "role", "coach")))))),
                "terms.scope.invitedPersons[0].ref");
        assertRefused(api.post(HANDLER, "/api/consents", changed(form, terms -> terms.put("guardiansWithCustody",
                List.of("G-MOTHER01", "G-851114-2393")))), "terms.guardiansWithCustody[1]");
        assertThat(storedRowsFor(form)).isZero();
    }

    @Test
    void anEnumByItsOrdinalOrAMisspelledFieldIsRefusedNamingIt() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);

        assertRefused(api.post(HANDLER, "/api/consents", changed(form, terms -> terms.put("signatures", List.of(
                Map.of("signer", 0, "signedOn", ConsentForm.TODAY.toString()))))), "terms.signatures[0].signer");
        assertRefused(api.post(HANDLER, "/api/consents", changed(form, terms -> terms.put("researchFollowup",
                false))), "terms.researchFollowup");
        assertThat(storedRowsFor(form)).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> changed(ConsentForm form, Consumer<Map<String, Object>> change) {
        Map<String, Object> request = new HashMap<>(form.request());
        Map<String, Object> terms = new HashMap<>((Map<String, Object>) request.get("terms"));
        change.accept(terms);
        request.put("terms", terms);
        return request;
    }

    private static void assertRefused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("field")).as(response.body())
                .containsExactly(field);
    }

    private long storedRowsFor(ConsentForm form) {
        return jdbc.sql("select count(*) from consent where youth_ref = ?").param(form.youthRef).query(Long.class)
                .single();
    }
}
