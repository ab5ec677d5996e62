package se.sspf.consent;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * A service with a consent gate (case-service, plan-service) as it runs: beside a real consent-service on the same
 * broker and topics, so that its gate has a view to catch up with and a decision API to fall back on. The tests
 * begin once the service under test says it is ready, which it does only when its gate has caught up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithAConsentService {

    private static final int CONSENT_SERVICE_PORT = FreePort.next();

    @DynamicPropertySource
    static void askTheConsentService(DynamicPropertyRegistry registry) {
        registry.add("sspf.consent-gate.consent-service-url", () -> ConsentServiceInstance.urlOf(CONSENT_SERVICE_PORT));
    }

    @Value("${sspf.kafka.topic-prefix}") protected String topicPrefix;
    @LocalServerPort protected int port;

    protected ConsentServiceInstance consentService;

    @BeforeAll
    void startTheConsentService() {
        consentService = new ConsentServiceInstance(CONSENT_SERVICE_PORT, topicPrefix, Clock.systemUTC());
        consentService.start();
        ApiClient probe = new ApiClient(port);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                probe.get(null, "/actuator/health/readiness").status() == 200);
    }

    @AfterAll
    void stopTheConsentService() {
        consentService.close();
    }
}
