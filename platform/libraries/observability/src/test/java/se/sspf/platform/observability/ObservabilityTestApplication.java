package se.sspf.platform.observability;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.Topics;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.audit.AuditRecorded;
import se.sspf.platform.outbox.Outbox;

@SpringBootApplication
class ObservabilityTestApplication {

    /** A use case behind HTTP that announces a change, as every service has. */
    @RestController
    static class Announcer {

        private static final Logger log = LoggerFactory.getLogger(Announcer.class);

        private final Outbox outbox;
        private final TransactionTemplate transaction;

        Announcer(Outbox outbox, TransactionTemplate transaction) {
            this.outbox = outbox;
            this.transaction = transaction;
        }

        @PostMapping("/youths/{youthRef}/announcements")
        String announce(@PathVariable String youthRef) {
            log.info("announcing a change for {}", youthRef);
            transaction.executeWithoutResult(status -> outbox.publish(EventType.AUDIT_RECORDED, youthRef,
                    new AuditRecorded(1, 1L, youthRef, "tester", Agency.SCHOOL, "2380", AuditAction.CREATE, "case/1",
                            "test", LegalBasis.OWN_AGENCY_RECORD, null, null, "0".repeat(64))));
            return "announced";
        }
    }

    /** Remembers which trace each consumed event was handled in. */
    @Component
    static class TraceRecorder {

        private final Tracer tracer;
        final Map<String, String> traceIdByYouth = new ConcurrentHashMap<>();

        TraceRecorder(Tracer tracer) {
            this.tracer = tracer;
        }

        @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.AUDIT_RECORDED, groupId = "trace-recorder")
        void on(ConsumerRecord<String, byte[]> record) {
            traceIdByYouth.put(record.key(), tracer.currentSpan() == null ? "none"
                    : tracer.currentSpan().context().traceId());
        }
    }

    static String newYouthRef() {
        return "Y-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
