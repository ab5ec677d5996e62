package se.sspf.consent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import se.sspf.platform.consentrules.AgeRanges;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The gatekeeper: the only writer of consent, and the authority on whether a youth's information may pass from one
 * agency to another.
 */
@SpringBootApplication
@EnableScheduling
public class ConsentServiceApplication {

    /** The ages the municipalities serve ({@code sspf.default-age-range}, {@code sspf.age-ranges.<municipality>}). */
    @Bean
    AgeRanges ageRanges(Environment environment) {
        return Binder.get(environment).bindOrCreate("sspf", AgeRanges.class);
    }

    public static void main(String[] args) {
        SpringApplication.run(ConsentServiceApplication.class, args);
    }
}
