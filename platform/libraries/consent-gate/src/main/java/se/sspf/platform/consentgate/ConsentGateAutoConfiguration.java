package se.sspf.platform.consentgate;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import se.sspf.contracts.Topics;
import se.sspf.platform.audit.AuditAutoConfiguration;
import se.sspf.platform.audit.AuditTrail;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.platform.outbox.MessagingAutoConfiguration;

/** The consent gate of a data-holding service; off with {@code sspf.consent-gate.enabled=false}. */
@AutoConfiguration(after = {MessagingAutoConfiguration.class, AuditAutoConfiguration.class},
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnBooleanProperty(name = "sspf.consent-gate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ConsentGateProperties.class)
public class ConsentGateAutoConfiguration {

    @Bean
    ConsentStateView consentStateView() {
        return new ConsentStateView();
    }

    @Bean
    ConsentStateConsumer consentStateConsumer(KafkaProperties kafka, TopicNames topics, CloudEventCodec codec,
            ConsentStateView view,
                                              Clock clock, MeterRegistry meters) {
        return new ConsentStateConsumer(kafka.buildConsumerProperties(), topics.of(Topics.CONSENT_STATE), codec, view,
                new PropagationTimer(meters, clock));
    }

    /** One breaker for every call to consent-service: a service that is down is not asked again at once. */
    @Bean
    CircuitBreaker consentServiceCircuitBreaker(MeterRegistry meters) {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(5))
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        return breakers.circuitBreaker("consent-service");
    }

    // Missing-bean: the system benchmark puts its comparison gates in a copy of a service; nothing else does.
    @Bean
    @ConditionalOnMissingBean(ConsentGate.class)
    ConsentGate consentGate(ConsentStateView view, ConsentGateProperties properties,
            ConsentServiceCredentials credentials,
                            CircuitBreaker consentServiceCircuitBreaker, Clock clock,
                            MeterRegistry meters) {
        Retry retry = Retry.of("consent-service", RetryConfig.custom()
                .maxAttempts(properties.fallbackAttempts())
                .waitDuration(Duration.ofMillis(20))
                .build());
        ConsentServiceFallback fallback = new ConsentServiceFallback(properties.consentServiceUrl(),
                properties.fallbackTimeout(), credentials, retry, consentServiceCircuitBreaker);
        return new LocalFirstConsentGate(view, fallback::decide, properties.stalenessBound(), clock,
                new GateMetrics(meters, view, properties.stalenessBound(), clock));
    }

    @Bean
    @ConditionalOnBean(AuditTrail.class)
    GatedReads gatedReads(ConsentGate gate, AuditTrail trail) {
        return new GatedReads(gate, trail);
    }

    @Bean
    ConsentServiceClient consentServiceClient(ConsentGateProperties properties, ConsentServiceCredentials credentials) {
        return new ConsentServiceClient(properties.consentServiceUrl(), properties.stepTimeout(), credentials);
    }

    @Bean
    ConsentGateHealthIndicator consentGateHealthIndicator(ConsentStateView view, ConsentGateProperties properties,
                                                          CircuitBreaker consentServiceCircuitBreaker,
                                                          Clock clock) {
        return new ConsentGateHealthIndicator(view, properties.stalenessBound(), consentServiceCircuitBreaker,
                clock);
    }

    /** Without Spring Security there is no request token to forward: the fallback cannot ask, so it denies. */
    @Bean
    @ConditionalOnMissingBean
    ConsentServiceCredentials noConsentServiceCredentials() {
        return Optional::empty;
    }

    /** Where Spring Security runs: ask with the token of the request being served. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({SecurityContextHolder.class, AbstractOAuth2Token.class})
    static class RequestCredentials {

        @Bean
        @ConditionalOnMissingBean
        ConsentServiceCredentials consentServiceCredentials() {
            return () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                    .map(authentication -> authentication.getPrincipal())
                    .filter(AbstractOAuth2Token.class::isInstance)
                    .map(token -> ((AbstractOAuth2Token) token).getTokenValue());
        }
    }
}
