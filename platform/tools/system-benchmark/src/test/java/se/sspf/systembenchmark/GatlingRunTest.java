package se.sspf.systembenchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The figures come back from Gatling's report as Gatling printed them (a stats.js of a real run, Gatling 3.13). */
class GatlingRunTest {

    @Test
    void everyRequestNameHasItsCountFailuresAndPercentiles() throws Exception {
        Map<String, GatlingRun.Figures> figures = GatlingRun.figures(Path.of("src/test/resources/gatling-stats.js"));

        assertThat(figures).containsOnlyKeys("All Requests", "warm-up gate on", "warm-up gate off",
                "warm-up synchronous", "gate on #1", "gate off #1", "synchronous #1");
        assertThat(figures.get("gate on #1")).isEqualTo(new GatlingRun.Figures(500, 0, 14, 64, 92, 92));
        assertThat(figures.get("synchronous #1")).isEqualTo(new GatlingRun.Figures(500, 0, 205, 633, 702, 702));
        assertThat(figures.get("warm-up synchronous").failed()).isEqualTo(544);
    }
}
