package se.sspf.platform.consentgate;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Part of readiness: a service is not ready until its consent view has caught up with the topic.
 * A view that falls behind later does not make it unready: the gate then asks the consent service.
 */
final class ConsentGateHealthIndicator extends AbstractHealthIndicator {

    private final ConsentStateView view;
    private final Clock clock;

    ConsentGateHealthIndicator(ConsentStateView view, Clock clock) {
        this.view = view;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        (view.caughtUp() ? builder.up() : builder.outOfService()).withDetail("youths", view.youths());
        view.watermark().ifPresent(watermark -> builder.withDetail("viewAgeMillis", Duration.between(watermark, clock.instant()).toMillis()));
    }
}
