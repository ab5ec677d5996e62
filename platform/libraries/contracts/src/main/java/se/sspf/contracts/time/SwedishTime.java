package se.sspf.contracts.time;

import java.time.Clock;
import java.time.Instant;
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

    /** The clock's time in Sweden: for what reads the zone of a clock it is given (a validator's {@code @Past}). */
    public static Clock inSweden(Clock clock) {
        return new ZonedClock(clock, ZONE);
    }

    /** Asks the clock only for the instant, so that a test's clock that keeps UTC moves it too. */
    private static final class ZonedClock extends Clock {

        private final Clock clock;
        private final ZoneId zone;

        ZonedClock(Clock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ZonedClock(clock, other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
