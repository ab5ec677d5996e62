package se.sspf.plan;

import org.junit.jupiter.api.Test;
import se.sspf.testsupport.RunningServiceChecks;

class PlanServiceStartsTest extends WithTheOtherServices {

    @Test
    void startsReadyOnItsOwnDatabaseTheBrokerAndACaughtUpConsentView() throws Exception {
        new RunningServiceChecks(port, "plan-service", PlanRequests.TEACHER).assertReadyWithDatabaseAndKafka();
    }

    @Test
    void answersAnUnknownPathWithProblemJson() throws Exception {
        new RunningServiceChecks(port, "plan-service", PlanRequests.TEACHER).assertUnknownPathIsProblemJson();
    }

    @Test
    void exposesPrometheusMetricsTaggedWithItsName() throws Exception {
        new RunningServiceChecks(port, "plan-service", PlanRequests.TEACHER).assertPrometheusTagged();
    }
}
