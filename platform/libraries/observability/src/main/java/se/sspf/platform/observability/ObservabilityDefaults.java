package se.sspf.platform.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The operational defaults every SSPF service shares, at the lowest precedence so that a service's
 * {@code application.yml} or the environment ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE},
 * {@code MANAGEMENT_TRACING_SAMPLING_PROBABILITY}, …) can still change any of them.
 */
class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final String KAFKA_AUTO_CONFIGURATION = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration";
    private static final String CONSENT_GATE = "se.sspf.platform.consentgate.ConsentGateAutoConfiguration";
    private static final String JDBC_HEALTH = "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // JSON logs (Elastic Common Schema) carry the trace and span ids from the MDC.
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("logging.level.org.apache.kafka", "WARN");
        defaults.put("logging.level.kafka", "WARN");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("management.endpoint.health.group.readiness.include", readinessMembers(environment));
        defaults.put("management.endpoint.health.group.readiness.show-components", "always");
        defaults.put("management.tracing.sampling.probability", "1.0");
        // Metrics are scraped by Prometheus; OTLP metrics export would warn every minute without a collector.
        defaults.put("management.otlp.metrics.export.enabled", "false");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
        environment.getPropertySources().addLast(new MapPropertySource("sspfObservabilityDefaults", defaults));
    }

    /** Readiness names only what this service has: a group member that does not exist fails the start. */
    private static String readinessMembers(ConfigurableEnvironment environment) {
        StringBuilder members = new StringBuilder("readinessState");
        ClassLoader loader = ObservabilityDefaults.class.getClassLoader();
        if (ClassUtils.isPresent(JDBC_HEALTH, loader)) {
            members.append(",db");
        }
        if (ClassUtils.isPresent(KAFKA_AUTO_CONFIGURATION, loader)) {
            members.append(",kafka");
        }
        if (ClassUtils.isPresent(CONSENT_GATE, loader) && environment.getProperty("sspf.consent-gate.enabled", Boolean.class, true)) {
            members.append(",consentGate");
        }
        return members.toString();
    }
}
