package se.sspf.casework.identity;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ages SSPF serves, per municipality ({@code sspf.case.age-ranges.2380=15-25}); 12 to 18 where
 * a municipality sets none.
 */
@ConfigurationProperties("sspf.case")
public record AgeRange(@DefaultValue("12-18") String defaultAgeRange, Map<String, String> ageRanges) {

    public Range of(String municipality) {
        String range = ageRanges == null ? defaultAgeRange : ageRanges.getOrDefault(municipality, defaultAgeRange);
        String[] bounds = range.split("-");
        return new Range(Integer.parseInt(bounds[0].trim()), Integer.parseInt(bounds[1].trim()));
    }

    public record Range(int min, int max) {
    }
}
