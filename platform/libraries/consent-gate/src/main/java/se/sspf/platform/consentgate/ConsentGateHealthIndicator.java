package se.sspf.platform.consentgate;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Part of readiness: ready means able to answer a share question. A service becomes ready only once its
 * consent view has caught up with the topic and is fresh (heartbeats heard within the staleness bound), so a
 * service started while consent-service is down, whose retained heartbeats look complete but old, stays out.
 * Once it has been ready, a view that falls behind keeps it ready only while the consent service's decision
 * API still answers (its circuit breaker not open): a broker outage alone must not take every data-holding
 * service out of rotation while the gate can still decide. Every change of state is logged with its reason.
 */
@RequiredArgsConstructor
final class ConsentGateHealthIndicator extends AbstractHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ConsentGateHealthIndicator.class);

    private final ConsentStateView view;
    private final Duration stalenessBound;
    private final CircuitBreaker consentService;
    private final Clock clock;
    private volatile boolean freshOnce;
    private volatile String lastReason = "";

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Optional<Duration> age = view.watermark().map(watermark -> Duration.between(watermark, clock.instant()));
        boolean fresh = view.caughtUp() && age.isPresent() && age.get().compareTo(stalenessBound) <= 0;
        freshOnce |= fresh;
        String reason = reason(fresh, age);
        (reason.isEmpty() ? builder.up() : builder.outOfService().withDetail("reason", reason))
                .withDetail("youths", view.youths());
        age.ifPresent(known -> builder.withDetail("viewAgeMillis", known.toMillis()));
        if (!reason.equals(lastReason)) {
            if (reason.isEmpty()) {
                log.info("consent gate ready: the view is fresh or the consent service answers");
            } else {
                log.warn("consent gate not ready: {}", reason);
            }
            lastReason = reason;
        }
    }

    private String reason(boolean fresh, Optional<Duration> age) {
        if (!view.caughtUp()) {
            return "the consent view has not yet read the state topic to its end";
        }
        if (fresh) {
            return "";
        }
        String howOld = age.map(known -> "the consent view is " + known.toMillis() + " ms old, more than its bound of "
                + stalenessBound.toMillis() + " ms").orElse("no heartbeat heard from every partition");
        if (!freshOnce) {
            return howOld + ", and it has not been fresh since the service started";
        }
        if (consentService.getState() == CircuitBreaker.State.OPEN) {
            return howOld + ", and the consent service does not answer";
        }
        return "";
    }
}
