package se.sspf.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import se.sspf.consent.WithAConsentService;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.testsupport.ApiClient;
import se.sspf.testsupport.SampleForms;
import se.sspf.testsupport.TestClock;
import se.sspf.testsupport.TestTokens;

/**
 * case-service's clock at 00:30 in Sweden, when the date in UTC is still yesterday's: ages, the municipality's age
 * range and "today" are judged on the Swedish day. (consent-service runs on the system clock: the same Swedish day.)
 */
class HalfPastMidnightInSwedenTest extends WithAConsentService {

    private static final String TEACHER = TestTokens.forUser("teacher-anna", "2380", Agency.SCHOOL, Role.STAFF);
    private static final String COORDINATOR = TestTokens.forUser("coordinator-sara", "2380", Agency.SOCIAL_SERVICES,
            Role.COORDINATOR);

    @TestConfiguration
    static class MovableTime {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @Autowired TestClock clock;

    private ApiClient api;
    private LocalDate today;

    @BeforeEach
    void halfPastMidnightInSweden() {
        api = new ApiClient(port);
        clock.moveTo(TestClock.halfPastMidnightInSweden());
        today = SwedishTime.today(clock);
    }

    @Test
    void aYouthWhoTurns19TodayInSwedenIsPastTheRangeAndOneWhoTurns12IsWithinIt() {
        LocalDate turning12 = today.minusYears(12);
        String path = "/api/cases/" + activeCaseOfAYouthBornOn(turning12);

        ApiClient.Response turning19 = api.put(COORDINATOR, path + "/identity", Map.of("name", "Kim Andersson",
                "personalIdentityNumber", SampleForms.personalIdentityNumberBornOn(today.minusYears(19))), Map.of());
        ApiClient.Response twelve = api.put(COORDINATOR, path + "/identity", Map.of("name", "Kim Andersson",
                "personalIdentityNumber", SampleForms.personalIdentityNumberBornOn(turning12)), Map.of());

        assertThat(turning19.status()).as("19 in Sweden, still 18 in UTC").isEqualTo(400);
        assertThat(turning19.text("rule")).isEqualTo("age-within-range");
        assertThat(twelve.status()).as("12 in Sweden, still 11 in UTC").isEqualTo(204);
    }

    @Test
    void aReportOfConcernDatedTheSwedishTodayIsAcceptedAndTomorrowIsNot() {
        String path = "/api/cases/" + api.post(TEACHER, "/api/cases", SampleForms.proposal("OTHER")).text("id");

        ApiClient.Response madeToday = api.post(TEACHER, path + "/reports-of-concern",
                Map.of("madeOn", today.toString()));
        ApiClient.Response madeTomorrow = api.post(TEACHER, path + "/reports-of-concern",
                Map.of("madeOn", today.plusDays(1).toString()));

        assertThat(madeToday.status()).as("today in Sweden, tomorrow in UTC").isEqualTo(201);
        assertThat(madeTomorrow.status()).isEqualTo(400);
    }

    /** Proposed, offered, and consented to for a youth of that birth date: ACTIVE. */
    private String activeCaseOfAYouthBornOn(LocalDate born) {
        ApiClient.Response proposed = api.post(TEACHER, "/api/cases", SampleForms.proposal("HIGH_SCHOOL_ABSENCE"));
        String caseId = proposed.text("id");
        api.post(COORDINATOR, "/api/cases/" + caseId + "/decision", Map.of("offered", true, "reason", "fits"));
        Map<String, Object> consent = SampleForms.consentForm(caseId, proposed.text("youthRef"), born, today,
                Map.of("agencies", List.of("SCHOOL", "SOCIAL_SERVICES"), "invitedPersons", List.of(),
                        "categories", List.of("SCHOOL_OCCUPATION")), "Handläggare", "SN 2026/12");
        ApiClient consents = new ApiClient(URI.create(consentService.url()).getPort());
        // consent-service answers 503 until the offered case has reached it.
        ApiClient.Response[] registered = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).until(() ->
                (registered[0] = consents.post(COORDINATOR, "/api/consents", consent)).status() != 503);
        assertThat(registered[0].status()).as(registered[0].body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "ACTIVE".equals(api.get(COORDINATOR, "/api/cases/" + caseId).text("status")));
        return caseId;
    }
}
