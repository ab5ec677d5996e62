package se.sspf.consent.publication;

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
 * cluster's operator declares them; see platform/deploy). The state topic is compacted: the latest
 * record per youth and one heartbeat per partition are kept for ever.
 */
@Configuration(proxyBeanMethods = false)
class ConsentTopics {

    @Bean
    NewTopic consentStateTopic(TopicNames topics, @Value("${sspf.consent.state-partitions:3}") int partitions) {
        return TopicBuilder.name(topics.of(Topics.CONSENT_STATE))
                .partitions(partitions)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    @Bean
    NewTopic consentEventsTopic(TopicNames topics, @Value("${sspf.consent.events-partitions:3}") int partitions) {
        return TopicBuilder.name(topics.of(Topics.CONSENT_EVENTS)).partitions(partitions).build();
    }
}
