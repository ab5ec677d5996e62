package se.sspf.gateway.resilience;

import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One breaker per route: it opens when half of the last 20 calls (at least 10) failed, lets a few
 * through after 5 s, and meanwhile answers 503 at once. The time limit is generous on purpose: the
 * routes' own response timeouts decide what is too slow, not Resilience4j's default second, which
 * would cut a cold start's first requests and open the breaker for nothing. Beside it a bulkhead
 * per route keeps one slow service from holding all the gateway's capacity; its default (25
 * concurrent calls) turned a cold start at 50 requests/s into 503s, so it is set from configuration.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakers {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> perRouteBreakers(
            @Value("${sspf.gateway.breaker-time-limit:10s}") Duration limit) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(5))
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(limit).build())
                .build());
    }

    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> perRouteBulkheads(
            @Value("${sspf.gateway.max-concurrent-calls-per-route:500}") int calls) {
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(BulkheadConfig.custom().maxConcurrentCalls(calls).maxWaitDuration(Duration.ZERO)
                .build())
                .build());
    }
}
