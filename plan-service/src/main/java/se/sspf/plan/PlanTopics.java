package se.sspf.plan;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import se.sspf.contracts.Topics;
import se.sspf.platform.events.TopicNames;

/**
 * The topic this service writes, created at start-up where it does not exist (in production the cluster's operator
 * declares it).
 */
@Configuration(proxyBeanMethods = false)
class PlanTopics {

    @Bean
    NewTopic planEventsTopic(TopicNames topics, @Value("${sspf.plan.events-partitions:3}") int partitions) {
        return TopicBuilder.name(topics.of(Topics.PLAN_EVENTS)).partitions(partitions).build();
    }
}
