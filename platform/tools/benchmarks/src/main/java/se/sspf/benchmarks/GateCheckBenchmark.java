package se.sspf.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ExpiryCause;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.ConsentStateView;
import se.sspf.platform.consentgate.GateDecision;
import se.sspf.platform.consentgate.LocalFirstConsentGate;
import se.sspf.platform.consentrules.ShareQuestion;

/**
 * The local path of the consent gate: a fresh view of 10,000 youths (a fifth of them revoked),
 * questions spread over all of them, metrics counted as in a service. Sample time, so JMH prints
 * the latency percentiles of single checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class GateCheckBenchmark {

    private static final int YOUTHS = 10_000;

    private ConsentGate gate;
    private ShareQuestion[] questions;

    @Setup
    public void fillTheView() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        ConsentStateView view = new ConsentStateView();
        questions = new ShareQuestion[YOUTHS];
        for (int i = 0; i < YOUTHS; i++) {
            String youth = "Y-BENCH" + i;
            view.apply(new ConsentState(youth, "2380",
                    List.of(new ConsentState.Entry(UUID.randomUUID(), 1, UUID.randomUUID(),
                    i % 5 == 0 ? ConsentStatus.REVOKED : ConsentStatus.ACTIVE,
                    Set.of(Agency.SCHOOL, Agency.SOCIAL_SERVICES, Agency.POLICE),
                    Set.of(InformationCategory.SCHOOL_OCCUPATION, InformationCategory.CRIMINALITY),
                    now.minusSeconds(86_400), now.plusSeconds(86_400 * 90), ExpiryCause.VALID_UNTIL, now))));
            questions[i] = new ShareQuestion("2380", youth, Agency.SCHOOL, Agency.POLICE,
                    InformationCategory.CRIMINALITY);
        }
        view.assigned(3);
        for (int partition = 0; partition < 3; partition++) {
            view.heartbeat(partition, now);
        }
        gate = LocalFirstConsentGate.overView(view, Duration.ofSeconds(1), Clock.fixed(now, ZoneOffset.UTC),
                new SimpleMeterRegistry());
    }

    @Benchmark
    public GateDecision check() {
        return gate.check(questions[ThreadLocalRandom.current().nextInt(YOUTHS)]);
    }
}
