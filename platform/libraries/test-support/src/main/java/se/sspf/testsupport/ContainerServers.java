package se.sspf.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same servers as Testcontainers, for machines with a Docker engine; one of each per test JVM. */
final class ContainerServers {

    private ContainerServers() {
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Ryuk removes it afterwards
    static PostgresServer postgres() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        return PostgresServer.at(container.getHost(), container.getMappedPort(5432),
                container.getUsername(), container.getPassword());
    }

    @SuppressWarnings("resource")
    static KafkaServer kafka() {
        KafkaContainer container = new KafkaContainer("apache/kafka-native:4.1.2")
                .withEnv("KAFKA_NUM_PARTITIONS", "3");
        container.start();
        return new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            // Pausing keeps the mapped port, which a restarted container would not.
            @Override
            public void stop() {
                DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
            }

            @Override
            public void start() {
                DockerClientFactory.instance().client().unpauseContainerCmd(container.getContainerId()).exec();
            }
        };
    }
}
