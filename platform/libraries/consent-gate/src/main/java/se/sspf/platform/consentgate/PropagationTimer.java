package se.sspf.platform.consentgate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import lombok.RequiredArgsConstructor;
import se.sspf.contracts.consent.ConsentState;

/**
 * {@code sspf.consent.gate.propagation}: from a consent's change in consent-service ({@code changedAt},
 * in the transaction that made it) to this view applying it — from that moment the gate answers with
 * the change, so for a revocation it is the time to the first deny. Tagged by the consent's new
 * status; p50 and p99 published. Only once the view has caught up: the history read at start-up is
 * not propagation. The two clocks are the consent-service host's and this one's: keep them in NTP.
 */
@RequiredArgsConstructor
final class PropagationTimer {

    private final MeterRegistry registry;
    private final Clock clock;

    void applied(ConsentState state, boolean caughtUp) {
        if (!caughtUp) {
            return;
        }
        Optional<ConsentState.Entry> latest = state.consents().stream()
                .filter(entry -> entry.changedAt() != null)
                .max(Comparator.comparing(ConsentState.Entry::changedAt));
        latest.ifPresent(entry -> Timer.builder("sspf.consent.gate.propagation")
                .description("consent change committed → applied to this service's consent view")
                .tag("change", entry.status().name())
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(Duration.between(entry.changedAt(), Instant.now(clock))));
    }
}
