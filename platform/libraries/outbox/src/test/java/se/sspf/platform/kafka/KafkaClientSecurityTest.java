package se.sspf.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.mock.env.MockEnvironment;

/** What the SSPF_KAFKA_* variables make of every Kafka client's configuration, as Spring Boot builds it. */
class KafkaClientSecurityTest {

    private static final String KEYSTORE = "/etc/sspf/kafka/user/user.p12";
    private static final String TRUSTSTORE = "/etc/sspf/kafka/cluster-ca/ca.p12";

    @Test
    void withoutAnyVariableTheClientsSpeakPlaintextAndCarryNoStores() {
        Map<String, Object> producer = kafkaProperties(new MockEnvironment()).buildProducerProperties();

        assertThat(producer).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT")
                .doesNotContainKeys(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
    }

    @Test
    void mutualTlsReachesProducersConsumersAndAdminsAlike() {
        MockEnvironment environment = mutualTls()
                .withProperty(KafkaClientSecurity.TRUSTSTORE_LOCATION, TRUSTSTORE)
                .withProperty(KafkaClientSecurity.TRUSTSTORE_PASSWORD, "ca-secret");

        KafkaProperties kafka = kafkaProperties(environment);

        for (Map<String, Object> client : java.util.List.of(kafka.buildProducerProperties(),
                kafka.buildConsumerProperties(), kafka.buildAdminProperties())) {
            assertThat(client).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL")
                    .containsEntry(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, KEYSTORE)
                    .containsEntry(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12")
                    .containsEntry(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, "user-secret")
                    .containsEntry(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, TRUSTSTORE)
                    .containsEntry(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12")
                    .containsEntry(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, "ca-secret");
        }
    }

    @Test
    void storeTypesCanBeNamedAndTheProtocolInAnyCase() {
        MockEnvironment environment = mutualTls().withProperty(KafkaClientSecurity.PROTOCOL, "ssl")
                .withProperty(KafkaClientSecurity.KEYSTORE_TYPE, "JKS");

        assertThat(KafkaClientSecurity.clientProperties(environment)).containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.keystore.type", "JKS");
    }

    @Test
    void withoutATruststoreTheJdksOwnAuthoritiesJudgeTheBrokers() {
        assertThat(KafkaClientSecurity.clientProperties(mutualTls()))
                .doesNotContainKeys("ssl.truststore.location", "ssl.truststore.type", "ssl.truststore.password");
    }

    @Test
    void plaintextIgnoresStoresThatAreSetAnyway() {
        MockEnvironment environment = mutualTls().withProperty(KafkaClientSecurity.PROTOCOL, "PLAINTEXT");

        assertThat(KafkaClientSecurity.clientProperties(environment)).containsOnlyKeys("security.protocol");
    }

    @Test
    void sslWithoutTheServicesCertificateIsRefusedByItsVariable() {
        MockEnvironment environment = new MockEnvironment().withProperty(KafkaClientSecurity.PROTOCOL, "SSL");

        assertThatThrownBy(() -> KafkaClientSecurity.clientProperties(environment))
                .hasMessageContaining(KafkaClientSecurity.KEYSTORE_LOCATION);
    }

    @Test
    void aStoreWithoutItsPasswordIsRefusedWithoutShowingAnyValue() {
        MockEnvironment environment = mutualTls().withProperty(KafkaClientSecurity.TRUSTSTORE_LOCATION, TRUSTSTORE);

        assertThatThrownBy(() -> KafkaClientSecurity.clientProperties(environment))
                .hasMessageContaining(KafkaClientSecurity.TRUSTSTORE_PASSWORD)
                .hasMessageNotContaining(TRUSTSTORE).hasMessageNotContaining("user-secret");
    }

    @Test
    void anUnsupportedProtocolIsRefused() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(KafkaClientSecurity.PROTOCOL, "SASL_PLAINTEXT");

        assertThatThrownBy(() -> KafkaClientSecurity.clientProperties(environment))
                .hasMessageContaining(KafkaClientSecurity.PROTOCOL);
    }

    private static MockEnvironment mutualTls() {
        return new MockEnvironment().withProperty(KafkaClientSecurity.PROTOCOL, "SSL")
                .withProperty(KafkaClientSecurity.KEYSTORE_LOCATION, KEYSTORE)
                .withProperty(KafkaClientSecurity.KEYSTORE_PASSWORD, "user-secret");
    }

    /** The environment after the post-processor, bound as Spring Boot binds it for its Kafka auto-configuration. */
    private static KafkaProperties kafkaProperties(MockEnvironment environment) {
        new KafkaClientSecurity().postProcessEnvironment(environment, new SpringApplication());
        return Binder.get(environment).bindOrCreate("spring.kafka", KafkaProperties.class);
    }
}
