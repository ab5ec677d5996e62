package se.sspf.systembenchmark.nationalscale;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.ConsentStateConsumer;
import se.sspf.platform.consentgate.ConsentStateView;
import se.sspf.platform.consentgate.LocalFirstConsentGate;
import se.sspf.platform.consentrules.ShareQuestion;

/**
 * A gate starting in a JVM of its own, sized as a service's: reads the topic it is given until caught up, then
 * says how long that took, the heap it holds after a full collection, and the latency of single checks of random
 * questions. Prints one line, {@code national-scale: <youths> <catch-up ms> <its CPU ms> <heap bytes> <p50> <p99> <p99.9 ns>}.
 */
public final class FreshGate {

    static final String RESULT = "national-scale:";
    private static final int WARM_UP_CHECKS = 300_000;
    private static final int MEASURED_CHECKS = 1_000_000;

    private FreshGate() {
    }

    public static void main(String[] args) {
        String bootstrap = args[0];
        String topic = args[1];
        int youths = Integer.parseInt(args[2]);
        ConsentStateView view = new ConsentStateView();
        ConsentStateConsumer consumer = ConsentStateConsumer.following(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topic, view);
        long start = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        consumer.start();
        while (!view.caughtUp()) {
            LockSupport.parkNanos(1_000_000);
        }
        long catchUpMillis = (System.nanoTime() - start) / 1_000_000;
        long catchUpCpuMillis = (processCpuNanos() - cpuAtStart) / 1_000_000;
        long heap = heapAfterFullCollection();
        // The topic's heartbeats are as old as its writing: a day's bound keeps every check on the local path.
        ConsentGate gate = LocalFirstConsentGate.overView(view, Duration.ofDays(1), Clock.systemUTC(),
                new SimpleMeterRegistry());
        Random random = new Random(youths);
        check(gate, youths, random, WARM_UP_CHECKS);
        long[] nanos = check(gate, youths, random, MEASURED_CHECKS);
        Arrays.sort(nanos);
        System.out.printf("%s %d %d %d %d %d %d %d%n", RESULT, view.youths(), catchUpMillis, catchUpCpuMillis, heap,
                percentile(nanos, 0.50), percentile(nanos, 0.99), percentile(nanos, 0.999));
        consumer.stop();
        System.exit(0);
    }

    private static long[] check(ConsentGate gate, int youths, Random random, int checks) {
        long[] nanos = new long[checks];
        Agency[] agencies = Agency.values();
        InformationCategory[] categories = InformationCategory.values();
        for (int i = 0; i < checks; i++) {
            // One question in twenty about a youth the gate has never heard of.
            int youth = random.nextInt(youths + youths / 20);
            ShareQuestion question = new ShareQuestion(CountryOfConsents.municipalityOf(youth),
                    CountryOfConsents.youthRef(youth),
                    agencies[random.nextInt(agencies.length)], agencies[random.nextInt(agencies.length)],
                    categories[random.nextInt(categories.length)]);
            long before = System.nanoTime();
            gate.check(question);
            nanos[i] = System.nanoTime() - before;
        }
        return nanos;
    }

    // On a loaded machine the wall time says more about the neighbours; the CPU the catch-up took says what it costs.
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapAfterFullCollection() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }
}
