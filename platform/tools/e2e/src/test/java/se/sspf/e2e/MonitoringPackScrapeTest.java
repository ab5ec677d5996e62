package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;
import se.sspf.contracts.Topics;
import se.sspf.testsupport.RealInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring pack's alerts and dashboard against what the applications really export: every metric their
 * PromQL names is in a scrape of some application's /actuator/prometheus on the shared stack, taken after
 * traffic that makes the metrics that only appear with it (a case with a consent that is revoked, a webhook
 * delivery, an event that cannot be read); except the few that come from the cluster, named here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringPackScrapeTest {

    /** What the alerts read from outside SSPF: the Kafka cluster's exporter and kube-state-metrics. */
    private static final Set<String> FROM_THE_CLUSTER = Set.of("kafka_consumergroup_lag", "kube_pod_status_ready");
    private static final Path MONITORING = Path.of(System.getProperty("sspf.monitoring",
            "../../deployment/kubernetes/base/monitoring"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SweptStack stack;
    private SweptCase revoked;
    private List<Marker> markers;
    private final Map<String, String> scrapes = new LinkedHashMap<>();

    @BeforeAll
    void makeTrafficAndScrapeEveryApplication() throws Exception {
        stack = SweptStack.shared();
        CountedGateway gateway = new CountedGateway(stack.api(), stack::tokenFor);
        CanaryWriter.expect(201, gateway.post("admin-polis", "/api/subscriptions",
                Map.of("url", stack.webhooks().url("monitoring"))));
        CanaryWriter writer = new CanaryWriter(gateway);
        revoked = writer.write(Situation.CONSENT_REVOKED);
        markers = writer.markers();
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.webhooks().deliveredTo("monitoring").stream()
                .anyMatch(delivery -> delivery.contains(revoked.caseId())));
        sendWhatNoServiceCanRead(stack.topicPrefix() + Topics.CASE_EVENTS);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            scrapeEveryApplication();
            return exported().containsAll(List.of("sspf_events_dead_lettered_total",
                    "sspf_consent_gate_propagation_seconds"));
        });
    }

    @Test
    void everyMetricOfTheAlertsIsExportedByAnApplicationOrNamedAsTheClusters() throws IOException {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        alertExpressions().forEach((alert, expression) -> {
            Set<String> names = PromQlMetricNames.of(expression);
            assertThat(names).as("metrics of %s", alert).isNotEmpty();
            names.removeAll(exported());
            names.removeAll(FROM_THE_CLUSTER);
            if (!names.isEmpty()) {
                missing.put(alert, names);
            }
        });
        assertThat(missing).as("metrics the alerts name that no application exports").isEmpty();
    }

    @Test
    void everyMetricOfTheDashboardIsExportedByAnApplicationOrNamedAsTheClusters() throws IOException {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (String expression : dashboardExpressions()) {
            Set<String> names = PromQlMetricNames.of(expression);
            assertThat(names).as("metrics of %s", expression).isNotEmpty();
            names.removeAll(exported());
            names.removeAll(FROM_THE_CLUSTER);
            if (!names.isEmpty()) {
                missing.put(expression, names);
            }
        }
        assertThat(missing).as("metrics the dashboard names that no application exports").isEmpty();
    }

    /** The set is kept small and true: each is used, and SSPF really does not export it. */
    @Test
    void theClustersMetricsAreUsedAndNotSspfsOwn() throws IOException {
        Set<String> used = new TreeSet<>();
        alertExpressions().values().forEach(expression -> used.addAll(PromQlMetricNames.of(expression)));
        dashboardExpressions().forEach(expression -> used.addAll(PromQlMetricNames.of(expression)));
        assertThat(used).containsAll(FROM_THE_CLUSTER);
        assertThat(exported()).doesNotContainAnyElementsOf(FROM_THE_CLUSTER);
    }

    /** The alerts and the dashboard group by service: each application's series carry its own name. */
    @Test
    void everyApplicationsSeriesCarryItsServiceName() {
        scrapes.forEach((application, scrape) -> assertThat(samples(scrape))
                .as("series of %s", application).isNotEmpty()
                .allSatisfy(sample -> assertThat(sample).contains("service=\"" + application + "\"")));
    }

    @Test
    void noScrapeNamesTheYouthOrCarriesWhatWasWrittenAboutThem() {
        List<String> written = new ArrayList<>(List.of(revoked.youthRef(), revoked.caseId()));
        markers.forEach(marker -> written.add(marker.text()));
        scrapes.forEach((application, scrape) -> assertThat(scrape).as("the scrape of %s", application)
                .doesNotContain(written));
    }

    private void scrapeEveryApplication() throws Exception {
        for (Map.Entry<String, String> application : stack.applications().entrySet()) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(application.getValue() + "/actuator/prometheus")).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("%s /actuator/prometheus", application.getKey()).isEqualTo(200);
            scrapes.put(application.getKey(), response.body());
        }
    }

    /** Every metric name of every scrape, as Prometheus stores it (counters with _total, histograms' _bucket). */
    private Set<String> exported() {
        return scrapes.values().stream().flatMap(scrape -> samples(scrape).stream())
                .map(sample -> sample.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> samples(String scrape) {
        return scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** A record that is no CloudEvent, as a misbehaving producer could write: it is parked at once. */
    private static void sendWhatNoServiceCanRead(String topic) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().kafka().bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "Y-monitoring", "not an event".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> alertExpressions() throws IOException {
        Map<String, Object> rule = new Yaml().load(Files.readString(MONITORING.resolve("prometheus-rules.yaml")));
        Map<String, String> expressions = new LinkedHashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) ((Map<String, Object>) rule.get("spec"))
                .get("groups")) {
            for (Map<String, Object> alert : (List<Map<String, Object>>) group.get("rules")) {
                expressions.put((String) alert.get("alert"), (String) alert.get("expr"));
            }
        }
        assertThat(expressions).as("alerts in %s", MONITORING).isNotEmpty();
        return expressions;
    }

    private static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(
                MONITORING.resolve("sspf-dashboard.json")));
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> expressions.add(target.path("expr").asString())));
        assertThat(expressions).as("queries of the dashboard").isNotEmpty();
        return expressions;
    }
}
