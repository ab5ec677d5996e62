package se.sspf.platform.consentgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class GateMetricsTest {

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void theViewsBoundIsPublishedBesideItsAgeSoThatAnAlertComparesThem() {
        new GateMetrics(meters, new ConsentStateView(), Duration.ofMillis(1500), Clock.systemUTC());

        assertThat(meters.get("sspf.consent.gate.view.bound").gauge().value()).isEqualTo(1.5);
    }

    @Test
    void aViewThatNeverCaughtUpIsInfinitelyOldSoItIsPastAnyBound() {
        new GateMetrics(meters, new ConsentStateView(), Duration.ofSeconds(1), Clock.systemUTC());

        assertThat(meters.get("sspf.consent.gate.view.age").gauge().value())
                .isGreaterThan(meters.get("sspf.consent.gate.view.bound").gauge().value())
                .isInfinite();
    }
}
