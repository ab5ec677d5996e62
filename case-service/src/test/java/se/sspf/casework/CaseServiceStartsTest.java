package se.sspf.casework;

import org.junit.jupiter.api.Test;
import se.sspf.consent.WithAConsentService;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.testsupport.RunningServiceChecks;
import se.sspf.testsupport.TestTokens;

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
}
