package se.sspf.benchmarks;

import java.util.Arrays;

/** Exact percentiles of a set of nanosecond figures, printed in milliseconds. */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] nanos) {
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    double millis(double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))] / 1e6;
    }

    String summary() {
        return String.format("p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms",
                millis(0.50), millis(0.90), millis(0.99), millis(0.999), sorted[sorted.length - 1] / 1e6);
    }
}
