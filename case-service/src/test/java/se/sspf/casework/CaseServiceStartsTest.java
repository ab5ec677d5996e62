package se.sspf.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import se.sspf.consent.WithAConsentService;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.events.OwnKafkaClient;
import se.sspf.testsupport.RunningServiceChecks;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.kafka.KafkaUse.OwnClient;
import se.sspf.testsupport.kafka.KafkaUserCheck;

// case-service keeps no case view: its tests get that library only with the consent-service they run beside it. Left
// on, its listener would make the re-drive look after one more dead-letter topic than case-service has.
@TestPropertySource(properties = "spring.autoconfigure.exclude=se.sspf.platform.caseview.CaseViewAutoConfiguration")
class CaseServiceStartsTest extends WithAConsentService {

    private static final String TOKEN = TestTokens.forUser("2380", Agency.SCHOOL, Role.STAFF);


    @Test
    void startsReadyOnItsOwnDatabaseTheBrokerAndACaughtUpConsentView() throws Exception {
        new RunningServiceChecks(port, "case-service", TOKEN).assertReadyWithDatabaseAndKafka();
    }

    @Test
    void answersAnUnknownPathWithProblemJson() throws Exception {
        new RunningServiceChecks(port, "case-service", TOKEN).assertUnknownPathIsProblemJson();
    }

    @Test
    void exposesPrometheusMetricsTaggedWithItsName() throws Exception {
        new RunningServiceChecks(port, "case-service", TOKEN).assertPrometheusTagged();
    }

    /** platform/deployment's KafkaUser for this service grants what it reads and writes, and nothing more. */
    @Test
    void itsKafkaUserAllowsExactlyTheTopicsAndGroupsItUses(@Autowired ApplicationContext context) {
        KafkaUserCheck.assertTheManifestAllowsExactlyWhatItDoes(context, OwnKafkaClient.class,
                client -> new OwnClient(client.topicsRead(), client.topicsWritten(), client.consumerGroup()));
    }
}
