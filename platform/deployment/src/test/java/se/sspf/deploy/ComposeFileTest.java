package se.sspf.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as {@code docker compose config} resolves it (anchors, merges and variables
 * applied): the tool must accept it, and the result must run what {@code ./stack up} runs, from the images
 * platform/deployment/images builds (whose user, entrypoint and healthcheck class its tests check), each part
 * hardened and started only once what it needs is healthy.
 */
class ComposeFileTest {

    private static final ExternalTool COMPOSE = ExternalTool.of("DOCKER_COMPOSE", List.of("docker-compose"),
            "this test checks docker-compose.yml with `docker-compose config` and checks nothing without it: "
                    + "install Debian's docker-compose, or set DOCKER_COMPOSE=\"docker compose\" where Docker's "
                    + "plugin is installed");
    private static final Set<String> APPLICATIONS = Set.of("identity-server", "consent-service", "case-service",
            "plan-service", "notification-service", "gateway");
    /**
     * Containers that do one thing and exit (case-key writes the identity key once): the rest must stay up and healthy.
     */
    private static final Set<String> ONE_SHOT = Set.of("case-key");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void resolveTheComposeFile() {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        assertThat(root.resolve("docker-compose.yml")).exists();
        Map<String, Object> config = new Yaml().load(COMPOSE.run(root, "-f", "docker-compose.yml", "config"));
        services = cast(config.get("services"));
    }

    @Test
    void composeRunsTheImagesThisBuildMakesBesideTheOfficialKafkaAndPostgresImages() {
        Set<String> ours = services.entrySet().stream()
                .filter(service -> String.valueOf(service.getValue().get("image")).startsWith("sspf/"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(ours).isEqualTo(APPLICATIONS);
        assertThat(image("kafka")).startsWith("apache/kafka:");
        assertThat(image("postgres")).startsWith("postgres:");
        for (String application : APPLICATIONS) {
            Map<String, Object> service = services.get(application);
            // The name and tag platform/deployment/images gives the image, loaded, never built or pulled here.
            assertThat(image(application)).isEqualTo("sspf/" + application + ":" + System.getProperty("sspf.version"));
            assertThat(service).as(application).doesNotContainKey("build").containsEntry("pull_policy", "never");
        }
    }

    @Test
    void everyApplicationRunsAsTheImagesNonRootUserOnAReadOnlyFileSystemWithoutCapabilities() {
        for (String application : APPLICATIONS) {
            Map<String, Object> service = services.get(application);
            assertThat(service).as(application).doesNotContainKey("user").doesNotContainKey("privileged");
            assertThat(service.get("read_only")).as(application).isEqualTo(true);
            List<Object> dropped = cast(service.get("cap_drop"));
            List<Object> options = cast(service.get("security_opt"));
            assertThat(dropped).as(application).containsExactly("ALL");
            assertThat(options).as(application).contains("no-new-privileges:true");
        }
    }

    @Test
    void everyLongRunningPartHasAHealthcheckAndStartsOnlyOnceWhatItNeedsIsHealthy() {
        services.forEach((name, service) -> {
            if (!ONE_SHOT.contains(name)) {
                Map<String, Object> healthcheck = cast(service.get("healthcheck"));
                assertThat(healthcheck).as(name + " healthcheck").isNotNull().containsKey("test");
            }
            Map<String, Map<String, Object>> dependsOn = service.containsKey("depends_on")
                    ? cast(service.get("depends_on")) : Map.of();
            dependsOn.forEach((dependency, how) -> assertThat(how.get("condition")).as(name + " → " + dependency)
                    .isEqualTo(ONE_SHOT.contains(dependency) ? "service_completed_successfully" : "service_healthy"));
        });
        assertThat(dependencies("case-service")).contains("postgres", "kafka");
        assertThat(dependencies("gateway")).containsAll(Set.of("consent-service", "case-service", "plan-service",
                "notification-service"));
    }

    @Test
    void everyApplicationsHealthcheckRunsTheImagesJavaWithItsHealthcheckOnItsOwnPort() {
        Map<String, String> ports = Map.of("identity-server", "9000", "consent-service", "8081", "case-service",
                "8082", "plan-service", "8083", "notification-service", "8084", "gateway", "8080");
        for (String application : APPLICATIONS) {
            Map<String, Object> healthcheck = cast(services.get(application).get("healthcheck"));
            List<Object> test = cast(healthcheck.get("test"));
            assertThat(test).as(application).startsWith("CMD", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java")
                    .containsSubsequence("-cp", "/opt/sspf/healthcheck", "se.sspf.images.Healthcheck",
                            ports.get(application));
        }
    }

    @Test
    void portsArePublishedOnLoopbackOnly() {
        services.forEach((name, service) -> {
            List<?> ports = service.containsKey("ports") ? (List<?>) service.get("ports") : List.of();
            for (Object port : ports) {
                String published = port instanceof Map<?, ?> spec ? String.valueOf(spec.get("host_ip"))
                        : String.valueOf(port);
                assertThat(published).as(name + " publishes " + port).startsWith("127.0.0.1");
            }
        });
    }

    private static String image(String service) {
        return String.valueOf(services.get(service).get("image"));
    }

    private static Set<String> dependencies(String service) {
        Map<String, Object> dependsOn = cast(services.get(service).get("depends_on"));
        return dependsOn.keySet();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
