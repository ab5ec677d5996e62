package se.sspf.plan;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sspf.testsupport.RunningServiceChecks;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class PlanServiceStartsTest {

    @LocalServerPort int port;

    @Test
    void startsReadyOnItsOwnDatabaseAndTheBroker() throws Exception {
        new RunningServiceChecks(port, "plan-service").assertReadyWithDatabaseAndKafka();
    }

    @Test
    void answersAnUnknownPathWithProblemJson() throws Exception {
        new RunningServiceChecks(port, "plan-service").assertUnknownPathIsProblemJson();
    }

    @Test
    void exposesPrometheusMetricsTaggedWithItsName() throws Exception {
        new RunningServiceChecks(port, "plan-service").assertPrometheusTagged();
    }
}
