package se.sspf.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** At 00:30 in Sweden it is already tomorrow there, though still today in UTC: the validator judges Swedish days. */
class SwedishDaysTest {

    /** 23:30 UTC on 1 December is 00:30 on 2 December in Stockholm. */
    private static final Clock HALF_PAST_MIDNIGHT_IN_SWEDEN = Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"),
            ZoneOffset.UTC);
    private static final LocalDate SWEDISH_TODAY = LocalDate.of(2026, 12, 2);

    record Report(@PastOrPresent LocalDate madeOn) {
    }

    record Youth(@Past LocalDate born) {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withBean(Clock.class, () -> HALF_PAST_MIDNIGHT_IN_SWEDEN);

    @Test
    void aReportDatedTheSwedishTodayIsNotInTheFuture() {
        service.run(context -> {
            Validator validator = context.getBean(Validator.class);

            assertThat(validator.validate(new Report(SWEDISH_TODAY))).isEmpty();
            assertThat(validator.validate(new Report(SWEDISH_TODAY.plusDays(1)))).isNotEmpty();
        });
    }

    @Test
    void aBirthDateOfTheSwedishTodayIsNotYetPast() {
        service.run(context -> {
            Validator validator = context.getBean(Validator.class);

            assertThat(validator.validate(new Youth(SWEDISH_TODAY))).isNotEmpty();
            assertThat(validator.validate(new Youth(SWEDISH_TODAY.minusDays(1)))).isEmpty();
        });
    }
}
