package se.sspf.systembenchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import se.sspf.systembenchmark.ReadSimulation.Phase;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.SampleForms;

/**
 * The system benchmark, against the running local stack ({@code ./stack bench} starts one with
 * the JIT settings of production, runs this, stops it): startup and memory of every application,
 * gated reads side by side in three configurations, revocation propagation into each gated service
 * while reads run, case and plan events to a webhook, and the highest gated read rate that keeps
 * p99 under 50 ms. Writes the figures into docs/benchmarks.md.
 */
public final class SystemBenchmark {

    static final String[] CONFIGURATIONS = {"gate on", "gate off", "synchronous"};

    private final Path root = Path.of(System.getProperty("sspf.root", ".")).toAbsolutePath().normalize();
    private final Path work = root.resolve("platform/system-benchmark/target/system-benchmark");
    private final Path gatesJar = root.resolve("platform/system-benchmark/target/sspf-system-benchmark.jar");
    private final RunningStack stack = new RunningStack(Path.of(System.getProperty("sspf.stack.dir", root.resolve(".devstack").toString())));
    private final int rate = Integer.getInteger("rate", 50);
    private final int seconds = Integer.getInteger("seconds", 20);
    private final int rounds = Integer.getInteger("rounds", 3);
    private final int revocations = Integer.getInteger("revocations", 100);
    private final int webhookEvents = Integer.getInteger("webhookEvents", 100);
    private final int startupRuns = Integer.getInteger("startupRuns", 3);

    private SystemBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new SystemBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Report report = new Report(Instant.now(), rate, seconds, rounds, stack.commandOf("case-service"));
        report.startup = Startup.measure(stack, startupRuns, work.resolve("logs"));

        Fixture fixture = new Fixture();
        List<Fixture.ActiveCase> cases = fixture.activeCases(1 + revocations + webhookEvents);
        Fixture.ActiveCase read = cases.get(0);
        List<Fixture.ActiveCase> toRevoke = cases.subList(1, 1 + revocations);
        List<Fixture.ActiveCase> forWebhooks = cases.subList(1 + revocations, cases.size());

        Map<String, ProcessCopy> gateways = new LinkedHashMap<>();
        List<ProcessCopy> copies = new ArrayList<>();
        try {
            for (String configuration : CONFIGURATIONS) {
                Map<String, String> gate = configuration.equals("gate on") ? Map.of()
                        : Map.of("SSPF_BENCHMARK_GATE", configuration.equals("gate off") ? "off" : "synchronous");
                ProcessCopy caseService = start("case-service", "case-service-" + configuration.replace(' ', '-'), gate, gatesJar, copies);
                gateways.put(configuration, start("gateway", "gateway-" + configuration.replace(' ', '-'),
                        Map.of("SSPF_CASE_SERVICE_URL", caseService.url()), null, copies));
            }
            for (ProcessCopy copy : copies) {
                copy.awaitReady(Duration.ofSeconds(120));
            }
            report.gatedReads = gatedReads(fixture, read, gateways);
            report.propagation = propagationWhileReading(fixture, read, toRevoke, gateways.get("gate on"));
            report.capacity = capacity(fixture, read, gateways.get("gate on"));
        } finally {
            for (ProcessCopy copy : copies) {
                copy.close();
            }
        }
        report.webhookMillis = WebhookLatency.measure(fixture, forWebhooks, 5);
        report.write(root.resolve("docs/benchmarks.md"));
        System.out.println(report.markdown());
    }

    private ProcessCopy start(String part, String name, Map<String, String> environment, Path extraJar, List<ProcessCopy> copies) {
        ProcessCopy copy = ProcessCopy.of(stack, part, name, FreePort.next(), environment, extraJar, work.resolve("logs"));
        copies.add(copy);
        return copy;
    }

    /** Scenario 1: a warm-up of each, then rounds of the three side by side. */
    private Map<String, GatlingRun.Figures> gatedReads(Fixture fixture, Fixture.ActiveCase read, Map<String, ProcessCopy> gateways)
            throws Exception {
        List<Phase> phases = new ArrayList<>();
        // The copies have just started: their JIT needs a while at the rate before the figures count.
        gateways.forEach((configuration, gateway) -> phases.add(new Phase("warm-up " + configuration, gateway.url() + read.journal(), rate,
                Math.max(30, seconds))));
        for (int round = 1; round <= rounds; round++) {
            for (String configuration : CONFIGURATIONS) {
                phases.add(new Phase(configuration + " #" + round, gateways.get(configuration).url() + read.journal(), rate, seconds));
            }
        }
        return GatlingRun.run("gated reads", fixture.police, phases, work.resolve("gatling"));
    }

    /** Scenario 2: gated reads go on while consents are revoked at a steady rate; each gated service says how soon it denied. */
    private List<Propagation.Figures> propagationWhileReading(Fixture fixture, Fixture.ActiveCase read, List<Fixture.ActiveCase> toRevoke,
            ProcessCopy gateway) throws Exception {
        int revocationsPerSecond = Math.max(1, toRevoke.size() / seconds);
        Thread revoking = new Thread(() -> {
            long period = 1_000_000_000L / revocationsPerSecond;
            long start = System.nanoTime() + 2_000_000_000L;
            for (int i = 0; i < toRevoke.size(); i++) {
                LockSupport.parkNanos(start + i * period - System.nanoTime());
                Fixture.expect(200, fixture.gateway().post(fixture.handler, "/api/consents/" + toRevoke.get(i).consentId() + "/revocation",
                        SampleForms.revocation()));
            }
        }, "revoking");
        revoking.start();
        GatlingRun.run("reads while revoking", fixture.police,
                List.of(new Phase("gate on, revoking", gateway.url() + read.journal(), rate, seconds + 5)), work.resolve("gatling"));
        revoking.join();
        Thread.sleep(1_000);
        return List.of(Propagation.of("case-service", "http://127.0.0.1:8082"), Propagation.of("plan-service", "http://127.0.0.1:8083"));
    }

    /** Scenario 4: rising rates of gated reads, until p99 passes 50 ms or requests fail. */
    private Map<Integer, GatlingRun.Figures> capacity(Fixture fixture, Fixture.ActiveCase read, ProcessCopy gateway) throws Exception {
        Map<Integer, GatlingRun.Figures> byRate = new LinkedHashMap<>();
        for (int step : new int[] {50, 100, 150, 200, 300, 400, 600, 800}) {
            GatlingRun.Figures figures = GatlingRun.run("capacity " + step, fixture.police,
                    List.of(new Phase(step + "/s", gateway.url() + read.journal(), step, seconds)), work.resolve("gatling")).get(step + "/s");
            byRate.put(step, figures);
            if (figures.p99() > Report.CAPACITY_P99_MILLIS || figures.failed() > 0) {
                break;
            }
        }
        return byRate;
    }
}
