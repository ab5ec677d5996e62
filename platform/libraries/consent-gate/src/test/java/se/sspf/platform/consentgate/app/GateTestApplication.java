package se.sspf.platform.consentgate.app;

import java.util.Optional;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.consentgate.ConsentServiceCredentials;
import se.sspf.testsupport.TestTokens;

/** A data-holding service reduced to its gate; it asks the consent service as police staff would. */
@SpringBootApplication
public class GateTestApplication {

    public static final String POLICE = TestTokens.forUser("2380", Agency.POLICE, Role.STAFF);

    @Bean
    ConsentServiceCredentials policeCredentials() {
        return () -> Optional.of(POLICE);
    }
}
