package se.sspf.plan;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.sspf.consent.ConsentServiceInstance;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.platform.consentgate.ConsentStateView;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * plan-service as it runs: beside a real consent-service on the same broker and topics (its gate's
 * view and fallback), with case-service's events told by {@link CaseServiceEvents} as case-service tells them.
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
    @Autowired TopicNames topics;
    @LocalServerPort int port;

    protected ConsentServiceInstance consentService;
    protected CaseServiceEvents caseEvents;
    protected ApiClient api;

    @BeforeAll
    void startTheConsentService() {
        consentService = new ConsentServiceInstance(CONSENT_SERVICE_PORT, topicPrefix, Clock.systemUTC());
        consentService.start();
        caseEvents = new CaseServiceEvents(RealInfrastructure.get().kafka().bootstrapServers(), topics);
        await().atMost(Duration.ofSeconds(60)).until(consentView::caughtUp);
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    /** plan-service learns of a case from case-service's events: the coordinator's first agreement waits for them. */
    protected ApiClient.Response agreeOnceTheCaseIsKnown(String path, Map<String, Object> plan) {
        ApiClient.Response[] agreed = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (agreed[0] = api.post(PlanRequests.COORDINATOR, path, plan)).status() != 404);
        return agreed[0];
    }

    @AfterAll
    void stopTheConsentService() {
        caseEvents.close();
        consentService.close();
    }
}
