package se.sspf.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RealServersTest {

    private final RealInfrastructure servers = RealInfrastructure.get();

    @Test
    void theBrokerIsARealKafkaReachedOverTcpWithThePlainClients() throws Exception {
        String topic = "real-broker-" + UUID.randomUUID();
        String value = "hello " + UUID.randomUUID();
        RecordMetadata written;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            written = producer.send(new ProducerRecord<>(topic, "Y-TEST0001", value)).get();
        }

        try (TopicReader reader = new TopicReader(servers.kafka().bootstrapServers(), topic)) {
            var records = reader.readAtLeast(1, Duration.ofSeconds(20));
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.value()).isEqualTo(value);
                assertThat(record.key()).isEqualTo("Y-TEST0001");
                assertThat(record.offset()).isEqualTo(written.offset());
            });
        }
    }

    @Test
    void theDatabaseIsARealPostgresqlInADatabaseOfItsOwn() throws Exception {
        TestDatabase database = servers.postgres().createDatabase("RealServersTest");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             ResultSet result = connection.createStatement().executeQuery("select version(), current_database()")) {
            result.next();
            assertThat(result.getString(1)).startsWith("PostgreSQL ");
            assertThat(result.getString(2)).isEqualTo(database.name()).contains("realserverstest");
        }
    }

    @Test
    void eachTestGetsADifferentDatabase() {
        assertThat(servers.postgres().createDatabase("same").name())
                .isNotEqualTo(servers.postgres().createDatabase("same").name());
    }
}
