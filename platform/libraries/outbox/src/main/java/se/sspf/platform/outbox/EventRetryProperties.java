package se.sspf.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sspf.events.retry.*}: how a consumer retries an event it failed to handle. The interval
 * starts at {@code initialInterval} and grows by {@code multiplier} up to {@code maxInterval}.
 * The consumer thread sleeps between attempts, so {@code maxInterval} must stay well below the
 * consumer's {@code max.poll.interval.ms} (5 min), or the broker would take its partitions away.
 *
 * @param retriesBeforeParking how often an ordinary event is retried before it goes to its dead-letter topic;
 *                             closings and revocations are retried without limit
 */
@ConfigurationProperties("sspf.events.retry")
public record EventRetryProperties(
        @DefaultValue("200ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("30s") Duration maxInterval,
        @DefaultValue("3") int retriesBeforeParking) {
}
