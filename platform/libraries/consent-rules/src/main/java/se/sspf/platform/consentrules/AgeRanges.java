package se.sspf.platform.consentrules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The ages SSPF serves, per municipality ({@code sspf.age-ranges.2380=15-25}); 12 to 18 where a municipality
 * sets none ({@code sspf.default-age-range}). Both the consent and the youth's identity are checked against it.
 */
public record AgeRanges(String defaultAgeRange, Map<String, String> ageRanges) {

    public AgeRanges {
        defaultAgeRange = defaultAgeRange == null ? "12-18" : defaultAgeRange;
        ageRanges = ageRanges == null ? Map.of() : Map.copyOf(ageRanges);
    }

    public Range of(String municipality) {
        String[] bounds = ageRanges.getOrDefault(municipality, defaultAgeRange).split("-");
        return new Range(Integer.parseInt(bounds[0].trim()), Integer.parseInt(bounds[1].trim()));
    }

    /** From {@code min} to {@code max} years old, both included. */
    public record Range(int min, int max) {

        public boolean admits(LocalDate birthDate, LocalDate today) {
            int age = Period.between(birthDate, today).getYears();
            return age >= min && age <= max;
        }
    }
}
