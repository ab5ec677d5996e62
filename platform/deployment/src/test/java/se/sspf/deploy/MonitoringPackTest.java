package se.sspf.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.deploy.Manifests.podLabels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The monitoring pack as every overlay renders it: a ServiceMonitor that scrapes each workload's
 * {@code /actuator/prometheus}, every alert the operations guide promises with a runbook there and an expression,
 * labels that name no person, and one Grafana dashboard for the sidecar, the very JSON file of the base. That the
 * expressions name metrics the applications really export is proven against their scrapes in platform/tools/e2e
 * ({@code MonitoringPackScrapeTest}).
 */
class MonitoringPackTest {

    private static final Path OVERLAYS = Path.of("kubernetes", "overlays");
    private static final Path DASHBOARD = Path.of("kubernetes", "base", "monitoring", "sspf-dashboard.json");
    private static final Path OPERATIONS_GUIDE = Path.of("..", "..", "docs", "operations.md");
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The alerts issue 24 names, by what they watch. */
    static final Set<String> ALERTS = Set.of(
            "SspfConsentViewStale", // consent view older than its bound
            "SspfOutboxBacklogOld", // outbox backlog age
            "SspfConsumerLag", // consumer lag per group
            "SspfEventsDeadLettered", // messages on any .DLT topic
            "SspfWebhookDeliveriesDead", // dead webhook deliveries
            "SspfAuditChainBroken", // audit chain broken
            "SspfHigh5xxRatio", // 5xx ratio
            "SspfReadinessFlapping"); // readiness flapping
    /** What a series may be grouped or matched by: workloads and Kafka's names, never a youth, person or case. */
    private static final Set<String> GROUPING_LABELS = Set.of("namespace", "service", "pod", "instance", "topic",
            "consumergroup", "channel", "outcome", "source", "verdict", "change", "le");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)"
            + "\\s*\\(([^)]*)\\)");
    private static final Pattern RUNBOOK = Pattern.compile("docs/operations\\.md#([a-z0-9-]+)");

    static Stream<String> overlays() throws IOException {
        return KubernetesManifestsTest.overlays();
    }

    private static Manifests rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Manifests.render(OVERLAYS.resolve(o)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkloadHasAServiceMonitorScrapingItsPrometheusEndpoint(String overlay) {
        Manifests manifests = rendered(overlay);
        List<GenericKubernetesResource> monitors = manifests.custom("monitoring.coreos.com", "ServiceMonitor");
        List<Deployment> deployments = manifests.all(Deployment.class);
        assertThat(deployments).as("workloads of %s", overlay).hasSize(5);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            Service service = manifests.all(Service.class).stream()
                    .filter(s -> podLabels(deployment).entrySet().containsAll(s.getSpec().getSelector().entrySet()))
                    .findFirst().orElseThrow(() -> new AssertionError("no Service selects the pods of " + name));
            Set<String> servicePorts = service.getSpec().getPorts().stream()
                    .filter(p -> p.getName() != null).map(p -> p.getName()).collect(Collectors.toSet());
            List<Map<String, Object>> endpoints = monitors.stream()
                    .filter(m -> namespaceOf(m).equals(service.getMetadata().getNamespace()))
                    .filter(m -> selectsService(m, service))
                    .flatMap(m -> MonitoringPackTest.<List<Map<String, Object>>>at(m, "endpoints").stream())
                    .toList();
            assertThat(endpoints).as("%s: endpoints of the ServiceMonitors selecting its Service", name)
                    .isNotEmpty()
                    .allSatisfy(endpoint -> {
                        assertThat(endpoint.get("path")).as("%s scrape path", name).isEqualTo("/actuator/prometheus");
                        assertThat(servicePorts).as("%s: the scraped port is a named port of its Service", name)
                                .contains((String) endpoint.get("port"));
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyNamedAlertExistsWithAnExpressionAndARunbookInTheOperationsGuide(String overlay) throws IOException {
        Set<String> anchors = headingAnchors(Files.readString(OPERATIONS_GUIDE));
        Map<String, Map<String, Object>> rules = alertRules(rendered(overlay));
        assertThat(rules.keySet()).as("alerts of %s", overlay).containsAll(ALERTS);
        rules.forEach((alert, rule) -> {
            assertThat((String) rule.get("expr")).as("%s expr", alert).isNotBlank();
            Map<String, String> labels = orEmpty(rule.get("labels"));
            assertThat(labels.get("severity")).as("%s severity", alert).isIn("warning", "critical");
            Map<String, String> annotations = orEmpty(rule.get("annotations"));
            assertThat(annotations).as("%s annotations", alert).containsKeys("summary", "description", "runbook_url");
            Matcher runbook = RUNBOOK.matcher(annotations.get("runbook_url"));
            assertThat(runbook.matches()).as("%s runbook_url %s points into docs/operations.md", alert,
                    annotations.get("runbook_url")).isTrue();
            assertThat(anchors).as("%s: docs/operations.md has the heading its runbook_url names", alert)
                    .contains(runbook.group(1));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void alertsAndDashboardGroupOnlyByWorkloadsAndKafkasNames(String overlay) throws IOException {
        List<String> expressions = new ArrayList<>();
        alertRules(rendered(overlay)).values().forEach(rule -> expressions.add((String) rule.get("expr")));
        expressions.addAll(dashboardExpressions(JSON.readTree(DASHBOARD.toFile())));
        for (String expression : expressions) {
            Matcher grouping = GROUPING.matcher(expression);
            while (grouping.find()) {
                for (String label : grouping.group(1).split(",")) {
                    assertThat(label.trim()).as("a label grouped or matched by in %s", expression)
                            .isIn(GROUPING_LABELS);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theDashboardIsOneConfigMapForGrafanasSidecarHoldingTheBasesJsonFile(String overlay) throws IOException {
        List<ConfigMap> dashboards = rendered(overlay).all(ConfigMap.class).stream()
                .filter(c -> "1".equals(orEmpty(c.getMetadata().getLabels()).get("grafana_dashboard")))
                .toList();
        assertThat(dashboards).as("ConfigMaps labelled grafana_dashboard: \"1\"").hasSize(1);
        Map<String, String> data = dashboards.get(0).getData();
        assertThat(data).as("the dashboard ConfigMap").containsOnlyKeys("sspf-dashboard.json");
        assertThat(data.get("sspf-dashboard.json")).as("generated from the file, one source")
                .isEqualTo(Files.readString(DASHBOARD));

        JsonNode dashboard = JSON.readTree(data.get("sspf-dashboard.json"));
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        assertThat(dashboard.path("title").asText()).isNotBlank();
        List<JsonNode> graphs = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            if (!"row".equals(panel.path("type").asText())) {
                graphs.add(panel);
            }
        });
        assertThat(graphs).as("panels").isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("title").asText()).isNotBlank();
            assertThat(panel.path("targets")).as("targets of %s", panel.path("title").asText()).isNotEmpty()
                    .allSatisfy(target -> assertThat(target.path("expr").asText()).isNotBlank());
        });
        assertThat(graphs).extracting(panel -> panel.path("title").asText())
                .as("what issue 24 asks the dashboard to show")
                .contains("Traffic", "Errors (5xx ratio)", "Latency p99", "Saturation", "Gate decisions by source",
                        "Propagation time", "Webhook latency");
    }

    /** Every PromQL expression of the dashboard's panels. */
    static List<String> dashboardExpressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> expressions.add(target.path("expr").asText())));
        return expressions;
    }

    private static Map<String, Map<String, Object>> alertRules(Manifests manifests) {
        Map<String, Map<String, Object>> rules = new ConcurrentHashMap<>();
        for (GenericKubernetesResource rule : manifests.custom("monitoring.coreos.com", "PrometheusRule")) {
            for (Map<String, Object> group : MonitoringPackTest.<List<Map<String, Object>>>at(rule, "groups")) {
                for (Map<String, Object> alert : rulesOf(group)) {
                    if (alert.get("alert") != null) {
                        assertThat(rules.put((String) alert.get("alert"), alert)).as("alert %s is defined once",
                                alert.get("alert")).isNull();
                    }
                }
            }
        }
        return rules;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rulesOf(Map<String, Object> group) {
        return (List<Map<String, Object>>) group.getOrDefault("rules", List.of());
    }

    /** GitHub's anchors of the Markdown headings: lower case, spaces to hyphens, other punctuation dropped. */
    private static Set<String> headingAnchors(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    private static boolean selectsService(GenericKubernetesResource monitor, Service service) {
        Map<String, Object> selector = at(monitor, "selector");
        Map<String, String> matchLabels = orEmpty(selector.get("matchLabels"));
        return !matchLabels.isEmpty()
                && orEmpty(service.getMetadata().getLabels()).entrySet().containsAll(matchLabels.entrySet());
    }

    private static String namespaceOf(GenericKubernetesResource resource) {
        return String.valueOf(resource.getMetadata().getNamespace());
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(GenericKubernetesResource resource, String specField) {
        Map<String, Object> spec = (Map<String, Object>) resource.getAdditionalProperties().get("spec");
        Object value = spec == null ? null : spec.get(specField);
        if (value == null) {
            throw new AssertionError(resource.getKind() + " " + resource.getMetadata().getName() + " has no spec."
                    + specField);
        }
        return (T) value;
    }

    /** A map of strings (labels, annotations), empty where the field is absent. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> orEmpty(Object value) {
        return value == null ? Map.of() : (Map<String, String>) value;
    }
}
