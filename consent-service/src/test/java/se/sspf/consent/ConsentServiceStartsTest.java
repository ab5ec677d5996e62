package se.sspf.consent;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.RunningServiceChecks;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ConsentServiceStartsTest {

    private static final String TOKEN = TestTokens.forUser("2380", Agency.SOCIAL_SERVICES, Role.STAFF);

    @LocalServerPort int port;

    @Test
    void startsReadyOnItsOwnDatabaseAndTheBroker() throws Exception {
        new RunningServiceChecks(port, "consent-service", TOKEN).assertReadyWithDatabaseAndKafka();
    }

    @Test
    void answersAnUnknownPathWithProblemJson() throws Exception {
        new RunningServiceChecks(port, "consent-service", TOKEN).assertUnknownPathIsProblemJson();
    }

    @Test
    void exposesPrometheusMetricsTaggedWithItsName() throws Exception {
        new RunningServiceChecks(port, "consent-service", TOKEN).assertPrometheusTagged();
    }
}
