package se.sspf.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.platform.outbox.AuditRecordedMother.newYouthRef;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.EventData;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.casework.CaseActivated;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.platform.deadletters.DeadLettersEndpoint;
import se.sspf.platform.deadletters.Redriven;
import se.sspf.platform.events.TopicNames;
import se.sspf.platform.outbox.OutboxTestApplication.CaseEventsWatcher;
import se.sspf.platform.outbox.OutboxTestApplication.FailingCaseConsumer;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TopicReader;
import se.sspf.testsupport.WithRealInfrastructure;

/**
 * What a consumer does with an event it fails to handle: a closing waits for ever, anything else is parked, and a
 * re-drive hands it back to that consumer alone.
 */
@SpringBootTest
@WithRealInfrastructure
class FailingEventsTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired TopicNames topics;
    @Autowired MeterRegistry meters;
    @Autowired DeadLettersEndpoint deadLetters;
    @Autowired FailingCaseConsumer consumer;
    @Autowired CaseEventsWatcher watcher;

    @AfterEach
    void handlerWorksAgain() {
        consumer.closingFails.set(false);
        consumer.activationFails.set(false);
    }

    @Test
    void aClosingThatFailsIsRetriedUntilItIsHandledAndNeverParked() {
        String youth = newYouthRef();
        double parkedBefore = deadLettered();
        consumer.closingFails.set(true);
        UUID closing = publish(EventType.CASE_CLOSED, youth,
                new CaseClosed(UUID.randomUUID(), "2380", Instant.now(), "the plan's goals are met"));

        // more attempts than an ordinary event gets before it is parked
        await().atMost(ARRIVAL).until(() -> retriesOf(EventType.CASE_CLOSED) >= 6);
        assertThat(waiting()).isEqualTo(1);
        assertThat(handled(closing)).isZero();

        consumer.closingFails.set(false);
        await().atMost(ARRIVAL).until(() -> handled(closing) == 1);
        await().atMost(ARRIVAL).until(() -> waiting() == 0);
        assertThat(deadLetters.parked()).containsEntry(caseDeadLetters(), 0L);
        assertThat(deadLettered()).isEqualTo(parkedBefore);
    }

    @Test
    void anOrdinaryEventThatKeepsFailingIsParkedCountedAndReDrivenToItsOwnListenerOnly() {
        String youth = newYouthRef();
        double parkedBefore = deadLettered();
        consumer.activationFails.set(true);
        UUID activation = publish(EventType.CASE_ACTIVATED, youth,
                new CaseActivated(UUID.randomUUID(), "2380", UUID.randomUUID()));

        await().atMost(ARRIVAL).until(() -> deadLettered() == parkedBefore + 1);
        ConsumerRecord<String, String> parked;
        try (TopicReader reader = new TopicReader(bootstrapServers(), caseDeadLetters())) {
            parked = reader.readAtLeast(1, ARRIVAL).stream()
                    .filter(record -> record.value().contains(activation.toString())).findFirst().orElseThrow();
        }
        assertThat(deadLetters.parked()).containsEntry(caseDeadLetters(), 1L);
        assertThat(waiting()).isZero();
        assertThat(handled(activation)).isZero();
        await().atMost(ARRIVAL).until(() -> watcher.deliveries(activation) == 1);

        consumer.activationFails.set(false);
        assertThat(deadLetters.redrive()).containsEntry(caseDeadLetters(), new Redriven(1, List.of()));
        // handed to the listener in the call, as its container would have delivered it
        assertThat(handled(activation)).isEqualTo(1);
        ConsumerRecord<String, byte[]> redelivered = consumer.lastRecord.get();
        assertThat(redelivered.topic()).isEqualTo(caseEvents());
        assertThat(redelivered.key()).isEqualTo(youth);
        assertThat(redelivered.partition()).isEqualTo(ByteBuffer.wrap(parked.headers()
                .lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt());
        assertThat(redelivered.offset()).isEqualTo(ByteBuffer.wrap(parked.headers()
                .lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong());
        assertThat(redelivered.headers()).extracting(Header::key).isNotEmpty()
                .noneMatch(key -> key.startsWith("kafka_dlt-"));
        assertThat(redriveOffsets()).isEqualTo(endOffsets());
        assertThat(deadLetters.parked()).containsEntry(caseDeadLetters(), 0L);
        assertThat(deadLetters.redrive()).containsEntry(caseDeadLetters(), new Redriven(0, List.of()));

        // the youth's next event comes after anything a re-drive could have sent, on the same partition
        UUID next = publish(EventType.CASE_ACTIVATED, youth,
                new CaseActivated(UUID.randomUUID(), "2380", UUID.randomUUID()));
        await().atMost(ARRIVAL).until(() -> handled(next) == 1 && watcher.deliveries(next) == 1);
        assertThat(watcher.deliveries(activation)).as("another group is not given the event again").isEqualTo(1);
        assertThat(handled(activation)).isEqualTo(1);
        assertThat(deadLettered()).isEqualTo(parkedBefore + 1);
    }

    @Test
    void aParkedEventThatFailsAgainStaysParkedWithThoseBehindItUntilItsHandlerWorks() {
        String youth = newYouthRef();
        double parkedBefore = deadLettered();
        consumer.activationFails.set(true);
        UUID first = publish(EventType.CASE_ACTIVATED, youth,
                new CaseActivated(UUID.randomUUID(), "2380", UUID.randomUUID()));
        UUID second = publish(EventType.CASE_ACTIVATED, youth,
                new CaseActivated(UUID.randomUUID(), "2380", UUID.randomUUID()));
        await().atMost(ARRIVAL).until(() -> deadLettered() == parkedBefore + 2);

        Redriven failed = deadLetters.redrive().get(caseDeadLetters());
        assertThat(failed.redriven()).isZero();
        assertThat(failed.failed()).singleElement()
                .satisfies(failure -> assertThat(failure.exception()).isEqualTo(IllegalStateException.class.getName()))
                .satisfies(failure -> assertThat(redriveOffsets())
                        .containsEntry(new TopicPartition(caseDeadLetters(), failure.partition()), failure.offset()));
        assertThat(deadLetters.parked()).containsEntry(caseDeadLetters(), 2L);
        assertThat(handled(first) + handled(second)).isZero();

        consumer.activationFails.set(false);
        assertThat(deadLetters.redrive()).containsEntry(caseDeadLetters(), new Redriven(2, List.of()));
        assertThat(handled(first)).isEqualTo(1);
        assertThat(handled(second)).isEqualTo(1);
        assertThat(redriveOffsets()).isEqualTo(endOffsets());
        assertThat(deadLetters.parked()).containsEntry(caseDeadLetters(), 0L);
    }

    /** How far the re-drive went on each partition of the case events' dead-letter topic. */
    private Map<TopicPartition, Long> redriveOffsets() {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets("outbox-test-dlt-redrive").partitionsToOffsetAndMetadata().get()
                    .entrySet().stream().filter(entry -> entry.getKey().topic().equals(caseDeadLetters()))
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (Admin admin = admin()) {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(caseDeadLetters())).allTopicNames().get()
                    .get(caseDeadLetters()).partitions().stream()
                    .map(partition -> new TopicPartition(caseDeadLetters(), partition.partition()))
                    .collect(Collectors.toSet());
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private UUID publish(EventType type, String youth, EventData data) {
        return transaction.execute(status -> outbox.publish(type, youth, data));
    }

    private long handled(UUID eventId) {
        return jdbc.sql("select count(*) from effect where event_id = ?").param(eventId).query(Long.class).single();
    }

    private double retriesOf(EventType type) {
        Counter retries = meters.find("sspf.events.retries").tags("topic", caseEvents(), "type", type.type()).counter();
        return retries == null ? 0 : retries.count();
    }

    private double waiting() {
        Gauge waiting = meters.find("sspf.events.waiting").tag("topic", caseEvents()).gauge();
        return waiting == null ? 0 : waiting.value();
    }

    private double deadLettered() {
        Counter parked = meters.find("sspf.events.dead.lettered").tag("topic", caseEvents()).counter();
        return parked == null ? 0 : parked.count();
    }

    private String caseEvents() {
        return topics.of(Topics.CASE_EVENTS);
    }

    private String caseDeadLetters() {
        return TopicNames.deadLetterOf(caseEvents());
    }

    private static String bootstrapServers() {
        return RealInfrastructure.get().kafka().bootstrapServers();
    }
}
