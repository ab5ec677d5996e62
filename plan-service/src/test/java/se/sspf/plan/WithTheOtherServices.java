package se.sspf.plan;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.sspf.consent.WithAConsentService;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.RealInfrastructure;

/**
 * plan-service as it runs: beside a real consent-service (its gate's view and fallback), with case-service's
 * events told by {@link CaseServiceEvents} as case-service tells them.
 */
abstract class WithTheOtherServices extends WithAConsentService {

    @Autowired TopicNames topics;

    protected CaseServiceEvents caseEvents;
    protected ApiClient api;

    @BeforeAll
    void tellCaseServicesEvents() {
        caseEvents = new CaseServiceEvents(RealInfrastructure.get().kafka().bootstrapServers(), topics);
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    /** plan-service learns of a case from case-service's events: the coordinator's first agreement waits for them. */
    protected ApiClient.Response agreeOnceTheCaseIsKnown(String path, Map<String, Object> plan) {
        ApiClient.Response[] agreed = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(30))
                .until(() -> (agreed[0] = api.post(PlanRequests.COORDINATOR, path, plan)).status() != 404);
        return agreed[0];
    }

    @AfterAll
    void stopTellingCaseServicesEvents() {
        caseEvents.close();
    }
}
