package se.sspf.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.sspf.platform.outbox.AuditRecordedMother.newYouthRef;
import static se.sspf.platform.outbox.AuditRecordedMother.policeReadOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.testsupport.ContractSchemas;
import se.sspf.testsupport.KafkaServer;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.TopicReader;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest
@WithRealInfrastructure
class OutboxTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired TopicNames topics;
    @Autowired CloudEventCodec codec;

    private final KafkaServer broker = RealInfrastructure.get().kafka();

    @Test
    void everyChangeCommittedWhileTheBrokerIsDownIsAnnouncedOnceItIsBack() {
        String youth = newYouthRef();
        broker.stop();
        try {
            for (int sequence = 1; sequence <= 1_000; sequence++) {
                publishCommitted(youth, sequence);
            }
            assertThat(pendingInOutbox()).isEqualTo(1_000);
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(effectsFor(youth)).isEqualTo(1_000));
        assertThat(distinctEventsFor(youth)).isEqualTo(1_000);
        assertThat(jdbc.sql("select array_agg(sequence order by sequence) = array(select generate_series(1, "
                + "1000))::bigint[]"
                + " from effect where youth_ref = ?").param(youth).query(Boolean.class).single()).isTrue();
        await().atMost(ARRIVAL).until(() -> pendingInOutbox() == 0);
    }

    @Test
    void aRolledBackChangeAnnouncesNothing() {
        String youth = newYouthRef();
        UUID rolledBack = transaction.execute(status -> {
            UUID id = outbox.publish(EventType.AUDIT_RECORDED, youth, policeReadOf(youth, 1));
            status.setRollbackOnly();
            return id;
        });
        UUID marker = publishCommitted(youth, 2);

        try (TopicReader reader = new TopicReader(bootstrapServers(), topics.of(Topics.AUDIT_RECORDED))) {
            assertThat(readUntil(reader, marker))
                    .extracting(ConsumerRecord::value)
                    .noneMatch(value -> value.contains(rolledBack.toString()));
        }
        assertThat(jdbc.sql("select count(*) from sspf_messaging.outbox where event_id = ?").param(rolledBack)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEventDeliveredTwiceHasOneEffect() throws Exception {
        String youth = newYouthRef();
        UUID eventId = UUID.randomUUID();
        byte[] event = codec.write(eventId, Instant.now(), EventType.AUDIT_RECORDED, youth, policeReadOf(youth, 1));

        sendRaw(youth, event, event);
        UUID marker = publishCommitted(youth, 2);

        await().atMost(ARRIVAL).until(() -> handled(marker));
        assertThat(jdbc.sql("select count(*) from effect where event_id = ?").param(eventId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aMessageThatCannotBeParsedIsParkedOnTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        String youth = newYouthRef();
        byte[] poison = ("not an event " + youth).getBytes(StandardCharsets.UTF_8);

        sendRaw(youth, poison);
        UUID next = publishCommitted(youth, 1);

        await().atMost(ARRIVAL).until(() -> handled(next));
        try (TopicReader deadLetters = new TopicReader(bootstrapServers(),
                TopicNames.deadLetterOf(topics.of(Topics.AUDIT_RECORDED)))) {
            assertThat(deadLetters.readAtLeast(1, ARRIVAL))
                    .extracting(ConsumerRecord::value)
                    .contains(new String(poison, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRelayedEventIsACloudEventKeyedByTheYouthThatConformsToItsContract() {
        String youth = newYouthRef();
        UUID eventId = publishCommitted(youth, 7);

        try (TopicReader reader = new TopicReader(bootstrapServers(), topics.of(Topics.AUDIT_RECORDED))) {
            ConsumerRecord<String, String> record = readUntil(reader, eventId).stream()
                    .filter(r -> r.value().contains(eventId.toString())).findFirst().orElseThrow();
            assertThat(record.key()).isEqualTo(youth);
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json");
            assertThat(ContractSchemas.violations(EventType.AUDIT_RECORDED, record.value())).isEmpty();
            assertThat(record.value()).contains("\"source\":\"/sspf/outbox-test\"", "\"subject\":\"" + youth + "\"");
        }
    }

    @Test
    void anEventOutsideATransactionIsRefused() {
        String youth = newYouthRef();

        assertThatThrownBy(() -> outbox.publish(EventType.AUDIT_RECORDED, youth, policeReadOf(youth, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }

    private UUID publishCommitted(String youth, long sequence) {
        return transaction.execute(status -> outbox.publish(EventType.AUDIT_RECORDED, youth,
                policeReadOf(youth, sequence)));
    }

    private void sendRaw(String key, byte[]... values) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String,
                Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>(topics.of(Topics.AUDIT_RECORDED), key, value)).get();
            }
        }
    }

    private boolean handled(UUID eventId) {
        return jdbc.sql("select count(*) from effect where event_id = ?").param(eventId).query(Long.class).single() > 0;
    }

    private long effectsFor(String youth) {
        return jdbc.sql("select count(*) from effect where youth_ref = ?").param(youth).query(Long.class).single();
    }

    private long distinctEventsFor(String youth) {
        return jdbc.sql("select count(distinct event_id) from effect where youth_ref = ?").param(youth)
                .query(Long.class).single();
    }

    private long pendingInOutbox() {
        return jdbc.sql("select count(*) from sspf_messaging.outbox").query(Long.class).single();
    }

    /** Everything the topic held up to and including the event. */
    private static List<ConsumerRecord<String, String>> readUntil(TopicReader reader, UUID eventId) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        await().atMost(ARRIVAL).until(() -> {
            seen.addAll(reader.readFor(Duration.ofMillis(300)));
            return seen.stream().anyMatch(record -> record.value().contains(eventId.toString()));
        });
        return seen;
    }

    private String bootstrapServers() {
        return RealInfrastructure.get().kafka().bootstrapServers();
    }
}
