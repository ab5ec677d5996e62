package se.sspf.platform.consentgate;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import se.sspf.contracts.consent.ShareVerdict;

/**
 * {@code sspf.consent.gate.decisions} by verdict (so denials by reason) and source (local view,
 * consent service, none), {@code sspf.consent.gate.view.age} in seconds, and beside it
 * {@code sspf.consent.gate.view.bound}, the age up to which the view is trusted, so that an alert compares the two
 * whatever a service is configured with. The counters are made once, so a check costs an array lookup and an
 * increment.
 */
final class GateMetrics {

    private final Map<GateDecision.Source, Map<ShareVerdict, Counter>> decisions =
            new EnumMap<>(GateDecision.Source.class);

    GateMetrics(MeterRegistry registry, ConsentStateView view, Duration stalenessBound, Clock clock) {
        for (GateDecision.Source source : GateDecision.Source.values()) {
            Map<ShareVerdict, Counter> bySource = new EnumMap<>(ShareVerdict.class);
            for (ShareVerdict verdict : ShareVerdict.values()) {
                bySource.put(verdict, Counter.builder("sspf.consent.gate.decisions")
                        .description("share checks answered by the consent gate")
                        .tag("verdict", verdict.name())
                        .tag("permitted", String.valueOf(verdict.permits()))
                        .tag("source", source.name())
                        .register(registry));
            }
            decisions.put(source, bySource);
        }
        Gauge.builder("sspf.consent.gate.view.age", view,
                        v -> v.watermark().map(w -> Duration.between(w, clock.instant()).toMillis() / 1000.0)
                        .orElse(Double.POSITIVE_INFINITY))
                .description("how far behind the clock the consent view is known complete")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("sspf.consent.gate.view.bound", () -> stalenessBound.toMillis() / 1000.0)
                .description("how old the consent view may be known complete and still be trusted")
                .baseUnit("seconds")
                .register(registry);
    }

    void record(GateDecision decision) {
        decisions.get(decision.source()).get(decision.verdict()).increment();
    }
}
