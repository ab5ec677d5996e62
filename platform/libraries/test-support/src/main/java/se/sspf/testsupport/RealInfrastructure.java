package se.sspf.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;

/**
 * The real servers of one test JVM, started on first use: a PostgreSQL server and a Kafka broker.
 * Where a Docker engine answers they are Testcontainers; otherwise the local PostgreSQL service
 * ({@code SSPF_TEST_DB_URL}, default 127.0.0.1:5432) and an in-process KRaft broker. Both are real
 * servers reached over TCP; a test cannot tell which it got. {@code SSPF_TEST_INFRA=local|containers}
 * forces the choice.
 */
public final class RealInfrastructure {

    private static volatile RealInfrastructure instance;

    private final PostgresServer postgres;
    private final KafkaServer kafka;

    private RealInfrastructure(PostgresServer postgres, KafkaServer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static RealInfrastructure get() {
        if (instance == null) {
            synchronized (RealInfrastructure.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    private static RealInfrastructure start() {
        if (useContainers()) {
            return new RealInfrastructure(ContainerServers.postgres(), ContainerServers.kafka());
        }
        return new RealInfrastructure(PostgresServer.local(), InProcessKafka.launch());
    }

    private static boolean useContainers() {
        String choice = System.getenv().getOrDefault("SSPF_TEST_INFRA", "auto");
        return switch (choice) {
            case "containers" -> true;
            case "local" -> false;
            // Asking Testcontainers where no engine can exist only logs an error: look for one first.
            default -> (System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock")))
                    && DockerClientFactory.instance().isDockerAvailable();
        };
    }
}
