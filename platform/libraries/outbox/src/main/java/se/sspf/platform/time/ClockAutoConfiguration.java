package se.sspf.platform.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.sspf.contracts.time.SwedishTime;

/**
 * The one clock every class of a service reads the time from, the validator's date constraints included, so that
 * a test moves all of them at once by declaring a clock of its own (platform/libraries/test-support's
 * {@code TestClock}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** {@code @Past}, {@code @PastOrPresent} and {@code @Future} judge by the same clock, and by Swedish days. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer")
    static class SwedishValidation {

        @Bean
        ValidationConfigurationCustomizer swedishValidationClock(Clock clock) {
            return configuration -> configuration.clockProvider(() -> clock.withZone(SwedishTime.ZONE));
        }
    }
}
