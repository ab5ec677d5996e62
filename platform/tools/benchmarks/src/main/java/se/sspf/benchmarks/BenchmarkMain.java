package se.sspf.benchmarks;

/** How a benchmark runs from {@code main}: it measures and prints its figures, or prints why it could not. */
final class BenchmarkMain {

    interface Measurement {
        void measure() throws Exception;
    }

    private BenchmarkMain() {
    }

    /** Exits 0 once measured, 1 on any failure: the servers it started must not keep the JVM alive. */
    static void run(Measurement measurement) {
        try {
            measurement.measure();
            System.exit(0);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
