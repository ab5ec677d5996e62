package se.sspf.systembenchmark;

import static se.sspf.systembenchmark.Fixture.expect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.sspf.contracts.Agency;
import se.sspf.contracts.CloudEventAttributes;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.plan.ActionDueSoon;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;

/**
 * Many events about one youth → the police's webhook: {@code ActionDueSoon} events of one case at a fixed rate
 * (open loop), so all of them are on one partition. They are published to the plan topic as plan-service's outbox
 * relay publishes (the same CloudEvent, key, header and producer settings), because the API cannot make one case's
 * plan announce 100 events a second: a plan is agreed once and its reminders come from a daily scan. The latency
 * runs from each event's planned creation instant to its signed delivery's arrival.
 */
final class OneYouthWebhooks {

    /** The demo users' municipality, the case's. */
    private static final String MUNICIPALITY = "2380";
    private static final CloudEventCodec PLAN_SERVICE = new CloudEventCodec("plan-service");

    private OneYouthWebhooks() {
    }

    /** Milliseconds from creation to delivery, one per event, in the order published. */
    static long[] measure(Fixture fixture, Fixture.ActiveCase sspfCase, int perSecond, int seconds)
            throws IOException, InterruptedException {
        String youthRef = expect(200, fixture.gateway().get(fixture.coordinator.token(), "/api/cases/" + sspfCase.id()))
                .text("youthRef");
        try (PoliceWebhookReceiver receiver = new PoliceWebhookReceiver(fixture, "/one-youth", 4,
                event -> event.path("id").asString());
             KafkaProducer<String, byte[]> producer = producerAsTheOutboxRelays()) {
            String topic = new TopicNames(System.getProperty("sspf.kafka.topic-prefix", "")).of(Topics.PLAN_EVENTS);
            int total = perSecond * seconds;
            long period = 1_000_000_000L / perSecond;
            String[] ids = new String[total];
            long[] due = new long[total];
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                due[i] = start + i * period;
                LockSupport.parkNanos(due[i] - System.nanoTime());
                UUID eventId = UUID.randomUUID();
                byte[] event = PLAN_SERVICE.write(eventId, Instant.now(), EventType.ACTION_DUE_SOON, youthRef,
                        new ActionDueSoon(UUID.fromString(sspfCase.id()), MUNICIPALITY, UUID.randomUUID(),
                                Agency.POLICE, "polis", LocalDate.now(SwedishTime.ZONE).plusDays(2)));
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, youthRef, event);
                record.headers().add("content-type", CloudEventAttributes.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
                // The webhook's CloudEvent id, as notification-service derives it (Notice.idOf): event and case.
                ids[i] = UUID.nameUUIDFromBytes((eventId + "/" + sspfCase.id()).getBytes(StandardCharsets.UTF_8))
                        .toString();
            }
            long[] arrived = receiver.arrivalsOf(ids, Duration.ofSeconds(120));
            long[] latencies = new long[total];
            for (int i = 0; i < total; i++) {
                latencies[i] = (arrived[i] - due[i]) / 1_000_000;
            }
            return latencies;
        }
    }

    /** What the platform's producer is: every send acknowledged by all in-sync replicas, idempotent, 5 ms linger. */
    private static KafkaProducer<String, byte[]> producerAsTheOutboxRelays() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("sspf.kafka.bootstrap", "127.0.0.1:9092"),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
    }
}
