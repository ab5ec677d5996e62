package se.sspf.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.testsupport.TestClock;

/**
 * notification-service's clock at 00:30 in Sweden, when the date in UTC is still yesterday's: a consent's expiry is
 * warned of by Swedish days. (consent-service and case-service run on the system clock: the same Swedish day.)
 */
class HalfPastMidnightInSwedenTest extends WithTheOtherServices {

    @TestConfiguration
    static class MovableTime {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aConsentWhoseLastDayIsThirtySwedishDaysAwayIsWarnedOfAndOneThirtyOneDaysAwayIsNot() {
        clock.moveTo(TestClock.halfPastMidnightInSweden());
        LocalDate today = SwedishTime.today(clock);

        TestCase thirtyDays = identifiedCase(List.of("CRIMINALITY"), today.plusDays(30));
        TestCase thirtyOneDays = identifiedCase(List.of("CRIMINALITY"), today.plusDays(31));

        await("30 days away in Sweden, 31 in UTC").atMost(Duration.ofSeconds(20))
                .until(() -> coordinatorsInbox(thirtyDays).contains("CONSENT_EXPIRING"));
        // Several scans later (one each 200 ms), still no warning for the other.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> !coordinatorsInbox(thirtyOneDays).contains("CONSENT_EXPIRING"));
    }

    private List<String> coordinatorsInbox(TestCase testCase) {
        List<String> kinds = new ArrayList<>();
        expect(200, api.get(COORDINATOR, "/api/notifications")).json().forEach(message -> {
            if (message.path("caseId").asString().equals(testCase.id().toString())) {
                kinds.add(message.path("kind").asString());
            }
        });
        return kinds;
    }
}
