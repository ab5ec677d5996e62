package se.sspf.systembenchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Revocation commit → first deny, as each gated service measured it itself: its consent gate times
 * every revocation from the revocation's commit ({@code changedAt} in the state record) to the moment
 * its view applied it, from which moment it denies ({@code sspf.consent.gate.propagation}, tagged
 * {@code change="REVOKED"}). Read from the service's Prometheus endpoint.
 */
final class Propagation {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String METRIC = "sspf_consent_gate_propagation_seconds";

    /** Milliseconds; count is the number of revocations the service saw. */
    record Figures(String service, long count, double p50, double p99, double max) {
    }

    private Propagation() {
    }

    static Figures of(String service, String url) throws IOException, InterruptedException {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new Figures(service, (long) value(metrics, METRIC + "_count", null),
                1000 * value(metrics, METRIC, "0.5"), 1000 * value(metrics, METRIC, "0.99"),
                1000 * value(metrics, METRIC + "_max", null));
    }

    private static double value(String metrics, String name, String quantile) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("change=\"REVOKED\""))
                .filter(line -> quantile == null || line.contains("quantile=\"" + quantile + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + (quantile == null ? "" : " " + quantile)
                + " for revocations"));
    }
}
