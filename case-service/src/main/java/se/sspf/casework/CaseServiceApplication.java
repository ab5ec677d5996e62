package se.sspf.casework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import se.sspf.platform.consentrules.AgeRanges;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The SSPF case from proposal to closing: the youth's identity (encrypted), participants, journal, meetings and
 * minutes.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseServiceApplication {

    /** The ages the municipalities serve ({@code sspf.default-age-range}, {@code sspf.age-ranges.<municipality>}). */
    @Bean
    AgeRanges ageRanges(Environment environment) {
        return Binder.get(environment).bindOrCreate("sspf", AgeRanges.class);
    }

    public static void main(String[] args) {
        SpringApplication.run(CaseServiceApplication.class, args);
    }
}
