package se.sspf.systembenchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Reads at a constant arrival rate (open model: a new virtual user per request, whatever the
 * answers' speed), one phase after another, each phase one URL at one rate for a time. Phases with
 * the same name are counted together. Set by {@link GatlingRun} through system properties.
 */
public class ReadSimulation extends Simulation {

    /**
     * One phase: requests named {@code name} to {@code url} at {@code rate} per second for
     * {@code seconds}; a rising phase starts at one per second and reaches the rate at its end.
     */
    record Phase(String name, String url, int rate, int seconds, boolean rising) {

        Phase(String name, String url, int rate, int seconds) {
            this(name, url, rate, seconds, false);
        }

        static Phase rising(String name, String url, int rate, int seconds) {
            return new Phase(name, url, rate, seconds, true);
        }

        OpenInjectionStep injection() {
            return rising ? rampUsersPerSec(1).to(rate).during(Duration.ofSeconds(seconds))
                    : constantUsersPerSec(rate).during(Duration.ofSeconds(seconds));
        }

        static String encode(List<Phase> phases) {
            return String.join(";", phases.stream().map(p ->
                    p.name + "|" + p.url + "|" + p.rate + "|" + p.seconds + "|" + p.rising).toList());
        }

        static List<Phase> decode(String encoded) {
            List<Phase> phases = new ArrayList<>();
            for (String one : encoded.split(";")) {
                String[] parts = one.split("\\|");
                phases.add(new Phase(parts[0], parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                        Boolean.parseBoolean(parts[4])));
            }
            return phases;
        }
    }

    public ReadSimulation() {
        // Connections are shared by the virtual users, as a client pool does; else every request would open one.
        HttpProtocolBuilder protocol = http.shareConnections()
                .header("Authorization", "Bearer " + System.getProperty("bench.token"));
        List<Phase> phases = Phase.decode(System.getProperty("bench.phases"));
        PopulationBuilder chain = null;
        for (int i = phases.size() - 1; i >= 0; i--) {
            Phase phase = phases.get(i);
            PopulationBuilder population = scenario(i + " " + phase.name())
                    .exec(http(phase.name()).get(phase.url()).check(status().is(200)))
                    .injectOpen(phase.injection())
                    .protocols(protocol);
            chain = chain == null ? population : population.andThen(chain);
        }
        setUp(chain);
    }
}
