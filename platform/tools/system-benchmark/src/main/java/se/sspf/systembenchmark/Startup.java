package se.sspf.systembenchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.sspf.testsupport.FreePort;

/**
 * How long each application takes from its start to ready, and how much memory it then holds: a
 * copy of each started alone beside the running stack (so the machine is as busy as in use, but
 * no other application starts at the same time), several times.
 */
final class Startup {

    static final List<String> APPLICATIONS = List.of("identity-server", "consent-service", "case-service",
            "plan-service", "notification-service", "gateway");

    /** One application's starts: ready after (ms) and resident memory 10 s after ready (MB), per run. */
    record Figures(String application, List<Long> readyMillis, List<Long> residentMegabytes) {
    }

    private Startup() {
    }

    static List<Figures> measure(RunningStack stack, int runs, Path logs) throws InterruptedException {
        List<Figures> all = new ArrayList<>();
        for (String application : APPLICATIONS) {
            List<Long> ready = new ArrayList<>();
            List<Long> resident = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                try (ProcessCopy copy = ProcessCopy.of(stack, application, application + "-start-" + run,
                        FreePort.next(), Map.of(), null, logs)) {
                    ready.add(copy.awaitReady(Duration.ofSeconds(90)));
                    // What it holds once it has settled: caches filled, consumers polling, first scheduled work done.
                    Thread.sleep(10_000);
                    resident.add(copy.residentMegabytes());
                }
            }
            all.add(new Figures(application, ready, resident));
            System.out.printf("startup: %s ready after %s ms, resident %s MB%n", application, ready, resident);
        }
        return all;
    }
}
