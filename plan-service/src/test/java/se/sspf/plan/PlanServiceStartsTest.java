package se.sspf.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.sspf.platform.events.OwnKafkaClient;
import se.sspf.testsupport.RunningServiceChecks;
import se.sspf.testsupport.kafka.KafkaUse.OwnClient;
import se.sspf.testsupport.kafka.KafkaUserCheck;

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

    /** platform/deployment's KafkaUser for this service grants what it reads and writes, and nothing more. */
    @Test
    void itsKafkaUserAllowsExactlyTheTopicsAndGroupsItUses(@Autowired ApplicationContext context) {
        KafkaUserCheck.assertTheManifestAllowsExactlyWhatItDoes(context, OwnKafkaClient.class,
                client -> new OwnClient(client.topicsRead(), client.topicsWritten(), client.consumerGroup()));
    }
}
