package se.sspf.systembenchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import se.sspf.systembenchmark.ReadSimulation.Phase;
import se.sspf.testsupport.ApiClient;
import se.sspf.systembenchmark.nationalscale.NationalScale;
import se.sspf.testsupport.FreePort;
import se.sspf.testsupport.SampleForms;

/**
 * The system benchmark, against the running local stack ({@code ./stack bench} starts one with
 * the JIT settings of production, runs this, stops it): startup and memory of every application,
 * gated reads side by side in three configurations, revocation propagation into each gated service
 * while reads run, case and plan events to a webhook, the highest gated read rate that keeps
 * p99 under 50 ms, whether two case-service copies' audit appends wait for each other, and a fresh
 * consent gate on a whole country's consent states. Writes the figures into docs/benchmarks.md.
 */
public final class SystemBenchmark {

    static final String[] CONFIGURATIONS = {"gate on", "gate off", "synchronous"};

    private final Path root = Path.of(System.getProperty("sspf.root", ".")).toAbsolutePath().normalize();
    private final Path work = root.resolve("platform/tools/system-benchmark/target/system-benchmark");
    private final Path gatesJar = root.resolve("platform/tools/system-benchmark/target/sspf-system-benchmark.jar");
    private final RunningStack stack = new RunningStack(Path.of(System.getProperty("sspf.stack.dir",
            root.resolve(".devstack").toString())));
    private final int rate = Integer.getInteger("rate", 50);
    private final int seconds = Integer.getInteger("seconds", 20);
    private final int rounds = Integer.getInteger("rounds", 5);
    /**
     * At the full rate after the rise: the copies' JIT is still compiling for a minute or two (JFR: their CPU per read
     * halves).
     */
    private final int warmUpSeconds = Integer.getInteger("warmUpSeconds", 90);
    private final int revocations = Integer.getInteger("revocations", 100);
    private final int webhookEvents = Integer.getInteger("webhookEvents", 100);
    private final int startupRuns = Integer.getInteger("startupRuns", 3);
    /**
     * The first webhooks after a start find a cold path (JIT, connections): told apart, not counted in the percentiles.
     */
    private final int webhookWarmUp = Integer.getInteger("webhookWarmUp", 10);
    /** Events a second about one youth (one partition), and for how long: issue 25's case for the webhook bound. */
    private final int oneYouthRate = Integer.getInteger("oneYouthRate", 100);
    private final int oneYouthSeconds = Integer.getInteger("oneYouthSeconds", 30);

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
        List<Fixture.ActiveCase> cases = fixture.activeCases(1 + revocations + webhookWarmUp + webhookEvents + 1);
        Fixture.ActiveCase read = cases.get(0);
        List<Fixture.ActiveCase> toRevoke = cases.subList(1, 1 + revocations);
        List<Fixture.ActiveCase> forWebhooks = cases.subList(1 + revocations, cases.size() - 1);
        Fixture.ActiveCase oneYouth = cases.get(cases.size() - 1);

        Map<String, ProcessCopy> gateways = new LinkedHashMap<>();
        List<ProcessCopy> copies = new ArrayList<>();
        try {
            for (String configuration : CONFIGURATIONS) {
                String name = configuration.replace(' ', '-');
                Map<String, String> environment = new LinkedHashMap<>(flightRecording("case-service-" + name));
                if (!configuration.equals("gate on")) {
                    environment.put("SSPF_BENCHMARK_GATE", configuration.equals("gate off") ? "off" : "synchronous");
                }
                ProcessCopy caseService = start("case-service", "case-service-" + name, environment, gatesJar, copies);
                Map<String, String> route = new LinkedHashMap<>(flightRecording("gateway-" + name));
                route.put("SSPF_CASE_SERVICE_URL", caseService.url());
                gateways.put(configuration, start("gateway", "gateway-" + name, route, null, copies));
            }
            for (ProcessCopy copy : copies) {
                copy.awaitReady(Duration.ofSeconds(120));
            }
            report.gatedReads = gatedReads(fixture, read, gateways, report);
            // Before the revocations: their notices keep notification-service and the broker busy for a while.
            for (String configuration : List.of("gate on", "synchronous")) {
                report.capacity.put(configuration, capacity(fixture, read, gateways.get(configuration),
                        configuration.equals("gate on") ? report : null));
            }
            report.propagation = propagationWhileReading(fixture, read, toRevoke, gateways.get("gate on"));
            report.auditLockWaits = auditLockWaits(fixture, forWebhooks, gateways.get("gate on"));
        } finally {
            for (ProcessCopy copy : copies) {
                copy.close();
            }
        }
        long[] webhooks = WebhookLatency.measure(fixture, forWebhooks, 5);
        report.webhookFirstMillis = Arrays.copyOfRange(webhooks, 0, webhookWarmUp);
        report.webhookMillis = Arrays.copyOfRange(webhooks, webhookWarmUp, webhooks.length);
        report.oneYouthRate = oneYouthRate;
        report.oneYouthWebhookMillis = OneYouthWebhooks.measure(fixture, oneYouth, oneYouthRate, oneYouthSeconds);
        report.nationalScale = NationalScale.measure("127.0.0.1:9092", NationalScale.SIZES, work.resolve("logs"));
        report.write(root.resolve("docs/benchmarks.md"));
        System.out.println(report.markdown());
    }

    /**
     * Every copy records a flight recording (JFR's default settings, about 1 % of CPU, alike for all): where the time
     * went.
     */
    private Map<String, String> flightRecording(String name) {
        return Map.of("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename="
                + work.resolve("logs").resolve(name + ".jfr") + ",dumponexit=true");
    }

    private ProcessCopy start(String part, String name, Map<String, String> environment, Path extraJar,
                              List<ProcessCopy> copies) {
        ProcessCopy copy = ProcessCopy.of(stack, part, name, FreePort.next(), environment, extraJar,
                work.resolve("logs"));
        copies.add(copy);
        return copy;
    }

    /**
     * Scenario 1: a warm-up of each (rising to the rate, as the copies have just started and their
     * JIT has compiled nothing yet), then rounds of the three side by side, the CPU of every part
     * counted around each configuration's phase.
     */
    private Map<String, GatlingRun.Figures> gatedReads(Fixture fixture, Fixture.ActiveCase read,
                                                       Map<String, ProcessCopy> gateways,
            Report report) throws Exception {
        // A Gatling run each: one token serves a run, and a token lives 5 minutes.
        for (Map.Entry<String, ProcessCopy> gateway : gateways.entrySet()) {
            String url = gateway.getValue().url() + read.journal();
            GatlingRun.run("gated reads, warm-up of " + gateway.getKey(), fixture.police.token(),
                    List.of(Phase.rising("warm-up " + gateway.getKey(), url, rate, 30),
                    new Phase("warm-up " + gateway.getKey(), url, rate, warmUpSeconds)), work.resolve("gatling"));
        }
        // A run per configuration and round, so that the kernel's CPU counters tell what each read cost every part.
        Map<String, GatlingRun.Figures> figures = new LinkedHashMap<>();
        Map<String, Map<String, Double>> cpu = new LinkedHashMap<>();
        Map<String, Long> requests = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String configuration : CONFIGURATIONS) {
                String name = configuration + " #" + round;
                Map<String, Double> before = CpuAccount.snapshot();
                GatlingRun.Figures one = GatlingRun.run("gated reads, " + name, fixture.police.token(),
                        List.of(new Phase(name, gateways.get(configuration).url() + read.journal(), rate, seconds)),
                        work.resolve("gatling")).get(name);
                CpuAccount.used(before, CpuAccount.snapshot())
                        .forEach((part, millis) -> cpu.computeIfAbsent(configuration, c -> new LinkedHashMap<>())
                        .merge(part, millis, Double::sum));
                requests.merge(configuration, one.requests(), Long::sum);
                figures.put(name, one);
            }
        }
        cpu.forEach((configuration, used) -> report.cpuPerReadByConfiguration.put(configuration,
                CpuAccount.perRequest(used, requests.get(configuration))));
        return figures;
    }

    /**
     * Scenario 2: gated reads go on while consents are revoked at a steady rate; each gated service says how soon it
     * denied.
     */
    private List<Propagation.Figures> propagationWhileReading(Fixture fixture, Fixture.ActiveCase read,
                                                              List<Fixture.ActiveCase> toRevoke,
            ProcessCopy gateway) throws Exception {
        int revocationsPerSecond = Math.max(1, toRevoke.size() / seconds);
        Thread revoking = new Thread(() -> {
            long period = 1_000_000_000L / revocationsPerSecond;
            long start = System.nanoTime() + 2_000_000_000L;
            for (int i = 0; i < toRevoke.size(); i++) {
                LockSupport.parkNanos(start + i * period - System.nanoTime());
                Fixture.expect(200, fixture.gateway().post(fixture.handler.token(),
                        "/api/consents/" + toRevoke.get(i).consentId() + "/revocation", SampleForms.revocation()));
            }
        }, "revoking");
        revoking.start();
        GatlingRun.run("reads while revoking", fixture.police.token(),
                List.of(new Phase("gate on, revoking", gateway.url() + read.journal(), rate, seconds + 5)),
                work.resolve("gatling"));
        revoking.join();
        Thread.sleep(1_000);
        return List.of(Propagation.of("case-service", "http://127.0.0.1:8082"),
                Propagation.of("plan-service", "http://127.0.0.1:8083"));
    }

    /**
     * Scenario 5: reads of different youths through the stack's case-service and the "gate on" copy, both on the
     * stack's case database, while PostgreSQL is sampled for backends waiting on a lock.
     */
    private List<AuditLockWaits.Figures> auditLockWaits(Fixture fixture, List<Fixture.ActiveCase> cases,
                                                        ProcessCopy gateway) throws Exception {
        Map<String, String> caseService = stack.environmentOf("case-service");
        return AuditLockWaits.measure(fixture, cases, List.of(fixture.gateway(),
                        new ApiClient(URI.create(gateway.url()).getPort())), caseService.get("SSPF_DB_URL"),
                caseService.getOrDefault("SSPF_DB_USER", "postgres"), caseService.getOrDefault("SSPF_DB_PASSWORD", ""),
                seconds);
    }

    /**
     * Scenario 4: rising rates of gated reads, until p99 passes 50 ms or requests fail; at each rate
     * also the CPU each part of the system spent per read, into the report where one is given.
     */
    private Map<Integer, GatlingRun.Figures> capacity(Fixture fixture, Fixture.ActiveCase read, ProcessCopy gateway,
                                                      Report report)
            throws Exception {
        Map<Integer, GatlingRun.Figures> byRate = new LinkedHashMap<>();
        for (int step : new int[] {25, 50, 100, 150, 200, 300, 400, 600, 800}) {
            Map<String, Double> before = CpuAccount.snapshot();
            GatlingRun.Figures figures = GatlingRun.run("capacity " + step, fixture.police.token(),
                    List.of(new Phase(step + "/s", gateway.url() + read.journal(), step, seconds)),
                    work.resolve("gatling")).get(step + "/s");
            if (report != null) {
                report.cpuPerRead.put(step + "/s", CpuAccount.perRequest(CpuAccount.used(before, CpuAccount.snapshot()),
                        figures.requests()));
            }
            byRate.put(step, figures);
            if (figures.p99() > Report.CAPACITY_P99_MILLIS || figures.failed() > 0) {
                break;
            }
        }
        return byRate;
    }
}
