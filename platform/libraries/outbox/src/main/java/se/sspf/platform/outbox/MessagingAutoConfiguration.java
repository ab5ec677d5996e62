package se.sspf.platform.outbox;

import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import se.sspf.platform.deadletters.DeadLettersEndpoint;
import se.sspf.platform.deadletters.ParkedEvents;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.MalformedEventException;
import se.sspf.platform.events.TopicNames;
import se.sspf.platform.inbox.DeadLetterCounter;
import se.sspf.platform.inbox.EventInbox;
import se.sspf.platform.inbox.MustBeHandledEvents;
import se.sspf.platform.inbox.WaitingEvents;
import se.sspf.platform.schema.PlatformSchema;

/**
 * Everything a service needs to announce its changes and to consume others' safely: the outbox and
 * its relay, the inbox, the producer settings that make a send durable, and the dead-letter handling.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        afterName = {"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
                "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure."
                        + "OpenTelemetryTracingAutoConfiguration"},
        before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({OutboxProperties.class, EventRetryProperties.class})
public class MessagingAutoConfiguration {

    @Bean
    MessagingSchema messagingSchema(DataSource dataSource) {
        PlatformSchema.migrate(dataSource, "messaging");
        return new MessagingSchema();
    }

    @Bean
    TopicNames topicNames(@Value("${sspf.kafka.topic-prefix:}") String prefix) {
        return new TopicNames(prefix);
    }

    @Bean
    CloudEventCodec cloudEventCodec(@Value("${spring.application.name}") String serviceName) {
        return new CloudEventCodec(serviceName);
    }

    /**
     * The one producer of a service: every send is acknowledged by all in-sync replicas and the
     * producer is idempotent, so a retried send cannot duplicate or reorder within a partition.
     */
    @Bean
    @ConditionalOnMissingBean
    KafkaTemplate<String, byte[]> kafkaTemplate(KafkaProperties kafkaProperties, OutboxProperties outbox) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) outbox.sendTimeout().toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(outbox.sendTimeout().toMillis() / 2, 30_000));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, outbox.sendTimeout().toMillis() / 2);
        var factory = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(factory);
        template.setObservationEnabled(kafkaProperties.getTemplate().isObservationEnabled());
        return template;
    }

    /** Consumers read keys as youth references and values as raw CloudEvents, from the start of a topic. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer sspfConsumerDefaults() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

    /**
     * A message that fails is retried a few times, then parked on {@code <topic>.DLT} so that the
     * consumer moves on; a malformed one is parked at once. A closing or revocation is never parked:
     * it is retried in place until it is handled. Its partition waits meanwhile, which keeps the
     * youth's later events behind it in order and never lets a consent outlive its tear-up.
     */
    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, byte[]> kafkaTemplate, EventRetryProperties retry,
                                              MustBeHandledEvents mustBeHandled, WaitingEvents waiting,
                                              DeadLetterCounter deadLetters) {
        var recoverer = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, exception) -> new TopicPartition(TopicNames.deadLetterOf(record.topic()), -1));
        var handler = new DefaultErrorHandler(recoverer, backOff(retry, retry.retriesBeforeParking()));
        BackOff untilHandled = backOff(retry, ExponentialBackOff.DEFAULT_MAX_ATTEMPTS);
        // null: the handler's own back-off, which ends on the dead-letter topic
        handler.setBackOffFunction((record, exception) -> mustBeHandled.holds(record, exception) ? untilHandled : null);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setRetryListeners(waiting, deadLetters);
        return handler;
    }

    private static BackOff backOff(EventRetryProperties retry, long maxAttempts) {
        var backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(maxAttempts);
        return backOff;
    }

    @Bean
    MustBeHandledEvents mustBeHandledEvents(CloudEventCodec codec) {
        return new MustBeHandledEvents(codec);
    }

    /**
     * Also the listeners' record interceptor and rebalance listener, which Spring Boot gives every
     * container while it is the only bean of its kind: a service that adds its own must compose them.
     */
    @Bean
    WaitingEvents waitingEvents(MustBeHandledEvents mustBeHandled, ObjectProvider<MeterRegistry> meters) {
        return new WaitingEvents(mustBeHandled, meterRegistry(meters));
    }

    @Bean
    DeadLetterCounter deadLetterCounter(ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterCounter(meterRegistry(meters));
    }

    @Bean
    OutboxBacklog outboxBacklog(DataSource dataSource, MessagingSchema schema, Clock clock,
                                ObjectProvider<MeterRegistry> meters) {
        OutboxBacklog backlog = new OutboxBacklog(JdbcClient.create(dataSource), clock);
        backlog.register(meterRegistry(meters));
        return backlog;
    }

    /** Without Spring Boot's metrics the meters still count, in Micrometer's global registry. */
    private static MeterRegistry meterRegistry(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfUnique(() -> Metrics.globalRegistry);
    }

    @Bean
    ParkedEvents parkedEvents(KafkaProperties kafkaProperties, @Value("${spring.application.name}") String serviceName,
                              KafkaListenerEndpointRegistry listeners) {
        return new ParkedEvents(kafkaProperties.buildConsumerProperties(), serviceName, listeners);
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(ParkedEvents parkedEvents) {
        return new DeadLettersEndpoint(parkedEvents);
    }

    @Bean
    OutboxRelay outboxRelay(DataSource dataSource, MessagingSchema schema, TransactionTemplate transaction,
                            KafkaTemplate<String, byte[]> kafkaTemplate, TopicNames topics,
                            ObjectProvider<OutboxTracing> tracing, OutboxProperties properties) {
        return new OutboxRelay(JdbcClient.create(dataSource), transaction, kafkaTemplate, topics,
                tracing.getIfAvailable(() -> OutboxTracing.NONE), properties);
    }

    @Bean
    Outbox outbox(DataSource dataSource, MessagingSchema schema, CloudEventCodec codec,
            ObjectProvider<OutboxTracing> tracing,
                  OutboxRelay relay, Clock clock) {
        return new Outbox(JdbcClient.create(dataSource), codec, tracing.getIfAvailable(() -> OutboxTracing.NONE), relay,
                clock);
    }

    @Bean
    EventInbox eventInbox(DataSource dataSource, MessagingSchema schema, TransactionTemplate transaction,
            CloudEventCodec codec) {
        return new EventInbox(JdbcClient.create(dataSource), transaction, codec);
    }

    /** Only where Micrometer Tracing is on the class path and configured; without it events carry no trace. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TracingConfiguration {

        @Bean
        @ConditionalOnBean({Tracer.class, Propagator.class})
        OutboxTracing outboxTracing(Tracer tracer, Propagator propagator) {
            return OutboxTracing.with(tracer, propagator);
        }
    }

    /** Marks that the platform's messaging tables exist, for the beans that use them. */
    static final class MessagingSchema {
    }
}
