package se.sspf.platform.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code sspf.outbox.backlog.age} in seconds: how long the oldest event still in the outbox has waited for the
 * broker, 0 when the outbox is empty. Read from the table at each scrape, so every instance of a service reports
 * the same backlog, whichever of them holds the relay's lock; the oldest row is the one with the smallest id, found
 * through the primary key however long the backlog is.
 */
@RequiredArgsConstructor
final class OutboxBacklog {

    private final JdbcClient jdbc;
    private final Clock clock;

    void register(MeterRegistry meters) {
        Gauge.builder("sspf.outbox.backlog.age", this, OutboxBacklog::ageSeconds)
                .description("how long the oldest event in the outbox has waited to be sent; 0 when none waits")
                .baseUnit("seconds")
                .register(meters);
    }

    double ageSeconds() {
        return jdbc.sql("select created_at from sspf_messaging.outbox order by id limit 1")
                .query(Timestamp.class)
                .optional()
                .map(oldest -> Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0)
                .map(age -> Math.max(age, 0))
                .orElse(0.0);
    }
}
