package se.sspf.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import se.sspf.contracts.time.SwedishTime;

/** A clock a test can move forward, to reach a date (a consent's end) without waiting for it. */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Moves the clock to the instant given; it goes on ticking from there. */
    public void moveTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    /**
     * 00:30 today in Sweden, when the date in UTC is still yesterday's (23:30 UTC in winter): the hour in which a
     * day judged in UTC is the wrong day. Today in Sweden stays today, so that services on the system clock agree.
     */
    public static Instant halfPastMidnightInSweden() {
        return LocalDate.now(SwedishTime.ZONE).atTime(0, 30).atZone(SwedishTime.ZONE).toInstant();
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen in another zone: moving either moves both. */
    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(offset, other);
    }
}
