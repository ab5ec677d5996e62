package se.sspf.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Common metric tags and the Kafka readiness check; the rest is configuration (see {@link ObservabilityDefaults}). */
@AutoConfiguration(afterName = ObservabilityDefaults.KAFKA_AUTO_CONFIGURATION)
public class ObservabilityAutoConfiguration {

    /** Every meter names its service, so one Prometheus can scrape all of them. */
    @Bean
    MeterRegistryCustomizer<MeterRegistry> sspfCommonTags(@Value("${spring.application.name}") String service) {
        return registry -> registry.config().commonTags("service", service);
    }

    /** Present exactly when {@link ObservabilityDefaults} puts {@code kafka} in the readiness group. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = ObservabilityDefaults.KAFKA_AUTO_CONFIGURATION)
    static class KafkaReadiness {

        @Bean
        KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
            return new KafkaHealthIndicator(kafkaAdmin);
        }
    }
}
