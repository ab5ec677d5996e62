package se.sspf.consent.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The youth a consent is registered for is the case's youth: of an age the municipality serves, and born on
 * the day every earlier consent of the case said (the identity, when attached, is checked against that day too).
 */
public final class YouthOfTheCase {

    private YouthOfTheCase() {
    }

    /** @param youngest and {@code oldest}: the ages the municipality serves, both included */
    public static void check(LocalDate birthDate, LocalDate today, int youngest, int oldest,
                             List<Consent> earlierOfTheCase) {
        int age = SignerRules.ageOn(birthDate, today);
        if (age < youngest || age > oldest) {
            throw new ConsentRuleViolation("age-within-range", "youthBirthDate",
                    "SSPF in this municipality is for youths aged " + youngest + " to " + oldest);
        }
        if (earlierOfTheCase.stream().anyMatch(earlier -> !earlier.youthBirthDate().equals(birthDate))) {
            throw new ConsentRuleViolation("same-youth-as-before", "youthBirthDate",
                    "an earlier consent of this case gives the youth another birth date");
        }
    }
}
