package se.sspf.systembenchmark.nationalscale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.sspf.contracts.CloudEventAttributes;
import se.sspf.contracts.EventType;
import se.sspf.contracts.consent.ConsentHeartbeat;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.testsupport.RealInfrastructure;

/**
 * Scenario "national scale": for each size, a country of consent states ({@link CountryOfConsents}) on a compacted
 * topic of its own (never the live state topic), written as consent-service's outbox and heartbeat publisher write
 * them, then a {@link FreshGate} started on it in a JVM sized as a service's. Runs inside the system benchmark
 * against the stack's broker, or alone: {@code NationalScale <bootstrap servers> | in-process [sizes...]}.
 */
public final class NationalScale {

    /** Sweden has about 800,000 youths aged 12 to 18; the targets are judged on the million. */
    public static final int[] SIZES = {1_000, 10_000, 100_000, 1_000_000};
    /** A gated service's heap in the stack, its collector, and no more than the stack's broker holds for it. */
    private static final List<String> GATE_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");
    private static final int PARTITIONS = 3;

    /** One size: what the fresh gate read, how long it took, what it holds, how fast it answers. */
    public record Row(int youths, long records, long catchUpMillis, long catchUpCpuMillis, long heapBytes,
                      long p50Nanos, long p99Nanos, long p999Nanos) {
    }

    private NationalScale() {
    }

    /** {@code in-process} for test-support's broker in this JVM, else a bootstrap address; then the sizes. */
    public static void main(String[] args) {
        String bootstrap = args[0].equals("in-process") ? RealInfrastructure.get().kafka().bootstrapServers() : args[0];
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray() : SIZES;
        List<Row> rows = measure(bootstrap, sizes, Path.of("target/national-scale"));
        System.out.println(markdown(rows));
        System.exit(0);
    }

    public static List<Row> measure(String bootstrap, int[] sizes, Path logs) {
        List<Row> rows = new ArrayList<>();
        for (int youths : sizes) {
            String topic = "sspf.benchmark.consent-state-" + youths + "-" + Instant.now().getEpochSecond() + ".v1";
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                createCompacted(admin, topic);
                try {
                    long records = write(bootstrap, topic, youths);
                    rows.add(startFreshGate(bootstrap, topic, youths, records, logs));
                    System.out.println("national scale: " + rows.get(rows.size() - 1));
                } finally {
                    // A million states take the broker's disk for nothing once measured.
                    admin.deleteTopics(List.of(topic));
                }
            }
        }
        return rows;
    }

    /** As consent-service declares the state topic. */
    private static void createCompacted(Admin admin, String topic) {
        try {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.SEGMENT_MS_CONFIG, "3600000",
                    TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1")))).all().get(1, TimeUnit.MINUTES);
            // Created is not yet led: an idempotent producer that writes before every partition has its leader
            // can be refused out of sequence and stay so.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " has no leader for every partition");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        } catch (InterruptedException | ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create " + topic, e);
        }
    }

    /** The states under the youth's key with the outbox's header, then a heartbeat on every partition. */
    private static long write(String bootstrap, String topic, int youths) {
        CloudEventCodec codec = new CloudEventCodec("consent-service");
        byte[] contentType = CloudEventAttributes.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);
        AtomicLong records = new AtomicLong();
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            new CountryOfConsents(youths, LocalDate.now(SwedishTime.ZONE)).publish(youths, state -> {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, state.youthRef(),
                        codec.write(UUID.randomUUID(), state.consents().get(0).changedAt(), EventType.CONSENT_STATE,
                                state.youthRef(), state));
                record.headers().add("content-type", contentType);
                producer.send(record, (sent, failure) -> {
                    if (failure != null) {
                        failed.compareAndSet(null, failure);
                    }
                });
                records.incrementAndGet();
            });
            Instant now = Instant.now();
            for (int partition = 0; partition < PARTITIONS; partition++) {
                producer.send(new ProducerRecord<>(topic, partition, "heartbeat-" + partition,
                        codec.write(UUID.randomUUID(), now, EventType.CONSENT_HEARTBEAT, "partition-" + partition,
                                new ConsentHeartbeat(partition, now))));
            }
            producer.flush();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("states not written to " + topic, failed.get());
        }
        return records.get();
    }

    private static Row startFreshGate(String bootstrap, String topic, int youths, long records, Path logs) {
        try {
            Files.createDirectories(logs);
            Path log = logs.resolve(topic + ".log");
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(GATE_JVM);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), FreshGate.class.getName(),
                    bootstrap, topic, Integer.toString(youths)));
            Process gate = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!gate.waitFor(10, TimeUnit.MINUTES)) {
                gate.destroy();
                throw new IllegalStateException("the fresh gate did not finish; see " + log);
            }
            String result = Files.readAllLines(log).stream().filter(line -> line.startsWith(FreshGate.RESULT))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the fresh gate failed; see " + log));
            long[] figures = Arrays.stream(result.substring(FreshGate.RESULT.length()).trim().split(" "))
                    .mapToLong(Long::parseLong).toArray();
            return new Row((int) figures[0], records, figures[1], figures[2], figures[3], figures[4], figures[5],
                    figures[6]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The table for docs/benchmarks.md, the targets judged on the largest size. */
    public static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder("""
                | youths | records read | catch-up | its CPU | heap after full GC | heap per youth | check p50 | p99 | p99.9 |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT,
                    "| %,d | %,d | %.1f s | %.1f s | %.1f MB | %,d B | %.2f µs | %.2f µs | %.2f µs |%n",
                    row.youths(), row.records(), row.catchUpMillis() / 1000.0, row.catchUpCpuMillis() / 1000.0,
                    row.heapBytes() / 1e6,
                    row.heapBytes() / row.youths(), row.p50Nanos() / 1000.0, row.p99Nanos() / 1000.0,
                    row.p999Nanos() / 1000.0));
        }
        Row largest = rows.get(rows.size() - 1);
        table.append(String.format(Locale.ROOT, "%nAt %,d youths: heap %.0f MB (target ≤ 200 MB: %s), catch-up %.1f s "
                        + "(target ≤ 10 s: %s), check p99 %.2f µs (target ≤ 50 µs: %s).%n", largest.youths(),
                largest.heapBytes() / 1e6, met(largest.heapBytes() <= 200_000_000L),
                largest.catchUpMillis() / 1000.0, met(largest.catchUpMillis() <= 10_000),
                largest.p99Nanos() / 1000.0, met(largest.p99Nanos() <= 50_000)));
        return table.toString();
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }
}
