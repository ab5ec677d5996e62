package se.sspf.plan;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.sspf.consent.WithAConsentService;
import se.sspf.platform.caseview.CaseServiceEvents;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FirstAgreement;
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

    protected ApiClient.Response agreeOnceTheCaseIsActive(String path, Map<String, Object> plan) {
        return FirstAgreement.onceTheCaseIsActive(() -> api.post(PlanRequests.COORDINATOR, path, plan));
    }

    @AfterAll
    void stopTellingCaseServicesEvents() {
        caseEvents.close();
    }
}
