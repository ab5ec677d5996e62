package se.sspf.consent.publication;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import se.sspf.contracts.Topics;
import se.sspf.platform.events.TopicNames;

/**
 * The topics this service writes, created at start-up where they do not exist (in production the
 * cluster's operator declares them; see platform/deployment). The state topic is compacted: the latest
 * record per youth and one heartbeat per partition are kept for ever. Its segments roll hourly and
 * the cleaner runs early, as in the cluster's declaration: the active segment is never compacted,
 * and with Kafka's default of a week it would hold every heartbeat since (5 a second a partition),
 * all of which a starting consent gate reads before it is ready.
 */
@Configuration(proxyBeanMethods = false)
class ConsentTopics {

    @Bean
    NewTopic consentStateTopic(TopicNames topics, @Value("${sspf.consent.state-partitions:3}") int partitions) {
        return TopicBuilder.name(topics.of(Topics.CONSENT_STATE))
                .partitions(partitions)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .config(TopicConfig.SEGMENT_MS_CONFIG, Long.toString(Duration.ofHours(1).toMillis()))
                .config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1")
                .config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0")
                .config(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(Duration.ofHours(1).toMillis()))
                .build();
    }

    @Bean
    NewTopic consentEventsTopic(TopicNames topics, @Value("${sspf.consent.events-partitions:3}") int partitions) {
        return TopicBuilder.name(topics.of(Topics.CONSENT_EVENTS)).partitions(partitions).build();
    }
}
