package se.sspf.consent.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.consent.ConsentHeartbeat;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;
import se.sspf.platform.outbox.Outbox;

/**
 * Stamps every partition of the state topic with a watermark at a short fixed interval, so that a
 * gate can tell how fresh its view is. The watermark is never later than the oldest consent change
 * still waiting in the outbox: a heartbeat cannot vouch for a change that is not on the broker yet.
 * If the database or the broker is unreachable, heartbeats stop and every gate falls back.
 */
@Component
class ConsentHeartbeatPublisher {

    private final Outbox outbox;
    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventCodec codec;
    private final String topic;
    private final Clock clock;

    ConsentHeartbeatPublisher(Outbox outbox, KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec,
            TopicNames topics,
                              Clock clock) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.codec = codec;
        this.topic = topics.of(Topics.CONSENT_STATE);
        this.clock = clock;
    }

    @Scheduled(fixedRateString = "${sspf.consent.heartbeat-interval:200ms}")
    void beat() {
        // The clock is read before the outbox: a change committed after this instant is not vouched for.
        Instant now = clock.instant();
        Instant watermark = outbox.oldestPending(Topics.CONSENT_STATE).filter(oldest -> oldest.isBefore(now))
                .orElse(now);
        for (PartitionInfo partition : kafka.partitionsFor(topic)) {
            int p = partition.partition();
            byte[] heartbeat = codec.write(UUID.randomUUID(), now, EventType.CONSENT_HEARTBEAT, "partition-" + p,
                    new ConsentHeartbeat(p, watermark));
            kafka.send(new ProducerRecord<>(topic, p, "heartbeat-" + p, heartbeat));
        }
    }
}
