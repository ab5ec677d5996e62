package se.sspf.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * The gatekeeper guarded: only the case's participants handle its consent, bound to the case's own youth, of
 * an age the municipality serves; anybody else finds no such consent or case (404) and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ConsentGuardTest {

    private static final String HANDLER = ConsentServiceInstance.HANDLER;
    /** Social services' staff too, in the same municipality, but not taking part in the case. */
    private static final String OUTSIDER = TestTokens.forUser("handler-of-other-cases", "2380", Agency.SOCIAL_SERVICES,
            Role.STAFF);

    @LocalServerPort int port;
    @Autowired TopicNames topics;

    private ApiClient api;
    private CaseServiceEvents caseEvents;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        caseEvents = new CaseServiceEvents(RealInfrastructure.get().kafka().bootstrapServers(), topics);
    }

    @AfterEach
    void disconnect() {
        caseEvents.close();
    }

    @Test
    void aNonParticipantCanNeitherReadNorRegisterNorChangeNorRevokeNorReconfirmNorTearUpAndNothingChanges() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String id = registered(form);
        String before = api.get(HANDLER, "/api/consents/" + id).etag();

        List<ApiClient.Response> refused = List.of(
                api.get(OUTSIDER, "/api/consents/" + id),
                api.get(OUTSIDER, "/api/consents/" + id + "/history"),
                api.get(OUTSIDER, "/api/consents?caseId=" + form.caseId),
                api.post(OUTSIDER, "/api/consents", ConsentForm.anotherForTheSameCaseAs(form).request()),
                api.put(OUTSIDER, "/api/consents/" + id + "/terms", form.request().get("terms"),
                Map.of("If-Match", before)), api.post(OUTSIDER, "/api/consents/" + id + "/revocation",
                Map.of("revokedBy", "YOUTH", "reason", "vill inte")),
                api.post(OUTSIDER, "/api/consents/" + id + "/reconfirmation",
                Map.of("signedOn", ConsentForm.TODAY.toString())),
                api.post(OUTSIDER, "/api/consents/tear-ups", Map.of("caseId", form.caseId.toString())));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        });
        ApiClient.Response after = api.get(HANDLER, "/api/consents/" + id);
        assertThat(after.etag()).isEqualTo(before);
        assertThat(after.text("status")).isEqualTo("ACTIVE");
        assertThat(api.get(HANDLER, "/api/consents?caseId=" + form.caseId).json().path("consents").size()).isEqualTo(1);
    }

    @Test
    void aConsentNamingAnotherCasesYouthIsRefusedAndNotStored() {
        ConsentForm caseX = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        ConsentForm caseW = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);

        ApiClient.Response refused = api.post(HANDLER, "/api/consents", caseX.naming(caseW.youthRef).request());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(api.get(HANDLER, "/api/consents?caseId=" + caseX.caseId).json().path("consents").size()).isZero();
    }

    @Test
    void aConsentIsRegisteredOnlyForACaseSocialServicesOffered() {
        ConsentForm undecided = ConsentForm.signedByGuardiansAndYouth();
        caseEvents.proposed(CaseServiceEvents.TestCase.of(undecided.caseId, "2380", undecided.youthRef),
                List.of(new CaseServiceEvents.Member(ConsentServiceInstance.HANDLER_REF, Agency.SOCIAL_SERVICES,
                "COORDINATOR")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get(HANDLER, "/api/consents?caseId=" + undecided.caseId).status() == 200);

        ApiClient.Response refused = api.post(HANDLER, "/api/consents", undecided.request());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("case-not-offered");
        assertThat(api.get(HANDLER, "/api/consents?caseId=" + undecided.caseId).json().path("consents").size())
                .isZero();
    }

    @Test
    void aCaseNotKnownYetIsAnswered503WithRetryAfterNeverAcceptedUnchecked() {
        ConsentForm unknown = ConsentForm.signedByGuardiansAndYouth();

        ApiClient.Response refused = api.post(HANDLER, "/api/consents", unknown.request());

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.retryAfter()).isNotBlank();
    }

    @Test
    void aYouthOutsideTheMunicipalitysAgesOrBornOnAnotherDayThanTheCasesEarlierConsentIsRefusedNamingTheField() {
        ConsentForm fourYearOld = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents)
                .bornOn(ConsentForm.TODAY.minusYears(4));
        ApiClient.Response tooYoung = api.post(HANDLER, "/api/consents", fourYearOld.request());
        assertThat(tooYoung.status()).isEqualTo(400);
        assertThat(tooYoung.text("rule")).isEqualTo("age-within-range");
        assertThat(tooYoung.text("field")).isEqualTo("youthBirthDate");

        ConsentForm first = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String id = registered(first);
        api.post(HANDLER, "/api/consents/" + id + "/revocation", Map.of("revokedBy", "YOUTH", "reason", "vill inte"));
        ApiClient.Response otherYouth = api.post(HANDLER, "/api/consents", ConsentForm.anotherForTheSameCaseAs(first)
                .bornOn(ConsentForm.TODAY.minusYears(16)).request());
        assertThat(otherYouth.status()).isEqualTo(400);
        assertThat(otherYouth.text("rule")).isEqualTo("same-youth-as-before");
        assertThat(api.get(HANDLER, "/api/consents?caseId=" + first.caseId).json().path("consents").size())
                .isEqualTo(1);
    }

    @Test
    void theCasesCoordinatorClosingItTearsItsConsentUpOnceAndAskingAgainChangesNothing() {
        ConsentForm form = ConsentForm.signedByGuardiansAndYouth().announcedWith(caseEvents);
        String id = registered(form);
        caseEvents.proposed(CaseServiceEvents.TestCase.of(form.caseId, "2380", form.youthRef),
                List.of(new CaseServiceEvents.Member("staff-in-the-case", Agency.SOCIAL_SERVICES, "STAFF")));
        String staff = TestTokens.forUser("staff-in-the-case", "2380", Agency.SOCIAL_SERVICES, Role.STAFF);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(staff, "/api/consents/" + id).status() == 200);
        assertThat(api.post(staff, "/api/consents/tear-ups", Map.of("caseId", form.caseId.toString())).status())
                .as("a participant who is not the coordinator").isEqualTo(404);
        assertThat(api.get(HANDLER, "/api/consents/" + id).text("status")).isEqualTo("ACTIVE");

        assertThat(api.post(HANDLER, "/api/consents/tear-ups", Map.of("caseId", form.caseId.toString())).status())
                .isEqualTo(204);
        String tornUp = api.get(HANDLER, "/api/consents/" + id).etag();
        assertThat(api.post(HANDLER, "/api/consents/tear-ups", Map.of("caseId", form.caseId.toString())).status())
                .isEqualTo(204);

        assertThat(api.get(HANDLER, "/api/consents/" + id).text("status")).isEqualTo("TORN_UP");
        assertThat(api.get(HANDLER, "/api/consents/" + id).etag()).isEqualTo(tornUp);
        assertThat(api.post(HANDLER, "/api/consents/tear-ups", Map.of("caseId", UUID.randomUUID().toString())).status())
                .as("no such case").isEqualTo(404);
    }

    private String registered(ConsentForm form) {
        ApiClient.Response registered = api.post(HANDLER, "/api/consents", form.request());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.text("id");
    }
}
