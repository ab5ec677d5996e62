package se.sspf.casework;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.consentgate.ConsentStateView;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * case-service as it runs: beside a real consent-service on the same broker and topics, so that its
 * consent gate has a view to catch up with (the service is not ready before) and a decision API to
 * fall back on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithAConsentService {

    private static final int CONSENT_SERVICE_PORT = FreePort.next();

    @DynamicPropertySource
    static void askTheConsentService(DynamicPropertyRegistry registry) {
        registry.add("sspf.consent-gate.consent-service-url", () -> ConsentServiceInstance.urlOf(CONSENT_SERVICE_PORT));
    }

    @Value("${sspf.kafka.topic-prefix}") String topicPrefix;
    @Autowired ConsentStateView consentView;

    protected ConsentServiceInstance consentService;

    @BeforeAll
    void startTheConsentService() {
        consentService = new ConsentServiceInstance(CONSENT_SERVICE_PORT, topicPrefix, Clock.systemUTC());
        consentService.start();
        await().atMost(Duration.ofSeconds(60)).until(consentView::caughtUp);
    }

    @AfterAll
    void stopTheConsentService() {
        consentService.close();
    }

    /** A case the proposer proposed, the coordinator offered and consent-service then got a consent for: active. */
    protected String activeCase(ApiClient api, String proposer, String coordinator) {
        ApiClient.Response proposed = api.post(proposer, "/api/cases", Map.of("riskIndicators", List.of("HIGH_SCHOOL_ABSENCE")));
        String caseId = proposed.text("id");
        api.post(coordinator, "/api/cases/" + caseId + "/decision", Map.of("offered", true, "reason", "fits"));
        consentService.register(coordinator, UUID.fromString(caseId), proposed.text("youthRef"), LocalDate.now(SwedishTime.ZONE).plusMonths(6));
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(api.get(coordinator, "/api/cases/" + caseId).text("status")));
        return caseId;
    }
}
