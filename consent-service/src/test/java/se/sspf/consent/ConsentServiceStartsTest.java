package se.sspf.consent;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sspf.testsupport.RunningServiceChecks;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ConsentServiceStartsTest {

    @LocalServerPort int port;

    @Test
    void startsReadyOnItsOwnDatabaseAndTheBroker() throws Exception {
        new RunningServiceChecks(port, "consent-service").assertReadyWithDatabaseAndKafka();
    }

    @Test
    void answersAnUnknownPathWithProblemJson() throws Exception {
        new RunningServiceChecks(port, "consent-service").assertUnknownPathIsProblemJson();
    }

    @Test
    void exposesPrometheusMetricsTaggedWithItsName() throws Exception {
        new RunningServiceChecks(port, "consent-service").assertPrometheusTagged();
    }
}
