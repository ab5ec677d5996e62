package se.sspf.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What every SSPF service promises the platform once it runs: readiness, metrics and problem+json errors. */
public final class RunningServiceChecks {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String serviceName;
    private final String bearerToken;

    public RunningServiceChecks(int port, String serviceName) {
        this(port, serviceName, null);
    }

    /** For a service that checks tokens: the API paths are asked with this one. */
    public RunningServiceChecks(int port, String serviceName, String bearerToken) {
        this.port = port;
        this.serviceName = serviceName;
        this.bearerToken = bearerToken;
    }

    public void assertReadyWithDatabaseAndKafka() throws IOException, InterruptedException {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"kafka\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    public void assertUnknownPathIsProblemJson() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/no-such-thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception", "at se.");
    }

    public void assertPrometheusTagged() throws IOException, InterruptedException {
        HttpResponse<String> scrape = get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("service=\"" + serviceName + "\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
