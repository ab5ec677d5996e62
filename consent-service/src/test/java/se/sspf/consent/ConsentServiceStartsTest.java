package se.sspf.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.contracts.Topics;
import se.sspf.platform.events.OwnKafkaClient;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.RunningServiceChecks;
import se.sspf.testsupport.TestTokens;
import se.sspf.testsupport.WithRealInfrastructure;
import se.sspf.testsupport.kafka.KafkaUse.OwnClient;
import se.sspf.testsupport.kafka.KafkaUserCheck;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ConsentServiceStartsTest {

    private static final String TOKEN = TestTokens.forUser("2380", Agency.SOCIAL_SERVICES, Role.STAFF);

    @LocalServerPort int port;
    @Autowired TopicNames topics;

    @Test
    void startsReadyOnItsOwnDatabaseAndTheBroker() throws Exception {
        new RunningServiceChecks(port, "consent-service", TOKEN).assertReadyWithDatabaseAndKafka();
    }

    @Test
    void answersAnUnknownPathWithProblemJson() throws Exception {
        new RunningServiceChecks(port, "consent-service", TOKEN).assertUnknownPathIsProblemJson();
    }

    @Test
    void exposesPrometheusMetricsTaggedWithItsName() throws Exception {
        new RunningServiceChecks(port, "consent-service", TOKEN).assertPrometheusTagged();
    }

    @Test
    void createsTheStateTopicCompactedWithHourlySegmentsSoAStartingGateReadsFewHeartbeats() throws Exception {
        ConfigResource stateTopic = new ConfigResource(ConfigResource.Type.TOPIC, topics.of(Topics.CONSENT_STATE));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers",
                RealInfrastructure.get().kafka().bootstrapServers()))) {
            Config config = admin.describeConfigs(List.of(stateTopic)).all().get().get(stateTopic);
            assertThat(value(config, "cleanup.policy")).isEqualTo("compact");
            assertThat(value(config, "segment.ms")).isEqualTo("3600000");
            assertThat(value(config, "max.compaction.lag.ms")).isEqualTo("3600000");
            assertThat(value(config, "min.compaction.lag.ms")).isEqualTo("0");
        }
    }

    private static String value(Config config, String name) {
        ConfigEntry entry = config.get(name);
        return entry == null ? null : entry.value();
    }

    /** platform/deployment's KafkaUser for this service grants what it reads and writes, and nothing more. */
    @Test
    void itsKafkaUserAllowsExactlyTheTopicsAndGroupsItUses(@Autowired ApplicationContext context) {
        KafkaUserCheck.assertTheManifestAllowsExactlyWhatItDoes(context, OwnKafkaClient.class,
                client -> new OwnClient(client.topicsRead(), client.topicsWritten(), client.consumerGroup()));
    }
}
