package se.sspf.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One KRaft node (broker and controller) in the test JVM, from Kafka's own test kit. Its listener
 * socket is bound before start-up, so a stopped broker comes back on the same port.
 */
final class InProcessKafka implements KafkaServer {

    private static final String DIRECTORY_PREFIX = "sspf-kafka-";

    private final KafkaClusterTestKit cluster;

    private InProcessKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static InProcessKafka launch() {
        try {
            deleteDirectoriesOfEndedRuns();
            Path dir = Files.createTempDirectory(DIRECTORY_PREFIX + ProcessHandle.current().pid() + "-");
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(dir)
                    .build())
                    // Several partitions, so that ordering by record key is really exercised.
                    .setConfigProp("num.partitions", 3)
                    .setConfigProp("auto.create.topics.enable", true)
                    .setConfigProp("group.initial.rebalance.delay.ms", 0)
                    .setConfigProp("offsets.topic.replication.factor", (short) 1)
                    .setConfigProp("transaction.state.log.replication.factor", (short) 1)
                    .setConfigProp("transaction.state.log.min.isr", 1)
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new InProcessKafka(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-process Kafka broker", e);
        }
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void stop() {
        BrokerServer broker = broker();
        broker.shutdown();
        broker.awaitShutdown();
    }

    @Override
    public void start() {
        try {
            broker().startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("could not restart the in-process Kafka broker", e);
        }
    }

    private BrokerServer broker() {
        return cluster.brokers().values().iterator().next();
    }

    /**
     * The broker's files are removed by the next run, once their JVM has ended: removing them on the way
     * out, while the broker still runs, makes Kafka halt the JVM with an error.
     */
    private static void deleteDirectoriesOfEndedRuns() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            dirs.filter(dir -> dir.getFileName().toString().startsWith(DIRECTORY_PREFIX))
                    .filter(dir -> ProcessHandle.of(pidOf(dir)).isEmpty())
                    .forEach(InProcessKafka::deleteQuietly);
        }
    }

    private static long pidOf(Path dir) {
        try {
            return Long.parseLong(dir.getFileName().toString().substring(DIRECTORY_PREFIX.length()).split("-")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a later run tries again
        }
    }
}
