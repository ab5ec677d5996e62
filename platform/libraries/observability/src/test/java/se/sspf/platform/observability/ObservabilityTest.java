package se.sspf.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.platform.observability.ObservabilityTestApplication.newYouthRef;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sspf.testsupport.KafkaServer;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired ObservabilityTestApplication.TraceRecorder traces;

    @Test
    void theTraceOfARequestFollowsItsEventOverKafkaIntoTheConsumer() throws Exception {
        String youth = newYouthRef();
        String traceId = randomHex(16);

        HttpResponse<String> response = post("/youths/" + youth + "/announcements", traceId);

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> traces.traceIdByYouth.containsKey(youth));
        assertThat(traces.traceIdByYouth.get(youth)).isEqualTo(traceId);
    }

    @Test
    void logLinesAreJsonCarryingTheTraceIdOfTheRequest(CapturedOutput output) throws Exception {
        String youth = newYouthRef();
        String traceId = randomHex(16);

        post("/youths/" + youth + "/announcements", traceId);

        assertThat(output.getOut().lines().filter(line -> line.contains("announcing a change for " + youth)))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("{").endsWith("}")
                        .contains("\"traceId\":\"" + traceId + "\"", "\"service\":{\"name\":\"observability-test\""));
    }

    @Test
    void readinessFollowsTheBrokerWhileLivenessDoesNot() throws Exception {
        assertThat(get("/actuator/health/readiness").body()).contains("\"db\"", "\"kafka\"");
        KafkaServer broker = RealInfrastructure.get().kafka();

        broker.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 503);
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
    }

    @Test
    void prometheusScrapesMetricsTaggedWithTheService() throws Exception {
        HttpResponse<String> scrape = get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("service=\"observability-test\"");
    }

    private HttpResponse<String> post(String path, String traceId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
