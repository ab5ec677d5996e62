package se.sspf.contracts.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in SSPF are Swedish dates: a consent ends, a youth turns 18 and an action falls due at midnight in Sweden. */
public final class SwedishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
