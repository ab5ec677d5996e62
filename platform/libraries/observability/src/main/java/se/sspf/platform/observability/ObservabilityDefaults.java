package se.sspf.platform.observability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The operational defaults every SSPF service shares ({@value #DEFAULTS}, and the readiness group of what the
 * service has), at the lowest precedence so that a service's
 * {@code application.yml} or the environment ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE},
 * {@code MANAGEMENT_TRACING_SAMPLING_PROBABILITY}, …) can still change any of them.
 */
class ObservabilityDefaults implements EnvironmentPostProcessor {

    private static final String DEFAULTS = "/sspf-observability-defaults.properties";

    static final String KAFKA_AUTO_CONFIGURATION =
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration";
    private static final String CONSENT_GATE = "se.sspf.platform.consentgate.ConsentGateAutoConfiguration";
    private static final String JDBC_HEALTH =
            "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Properties defaults = new Properties();
        try (InputStream in = ObservabilityDefaults.class.getResourceAsStream(DEFAULTS)) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the observability defaults " + DEFAULTS + " could not be read", e);
        }
        defaults.put("management.endpoint.health.group.readiness.include", readinessMembers(environment));
        environment.getPropertySources().addLast(new PropertiesPropertySource("sspfObservabilityDefaults", defaults));
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
        if (ClassUtils.isPresent(CONSENT_GATE, loader)
                && environment.getProperty("sspf.consent-gate.enabled", Boolean.class, true)) {
            members.append(",consentGate");
        }
        return members.toString();
    }
}
