package se.sspf.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.sspf.platform.outbox.AuditRecordedMother.newYouthRef;
import static se.sspf.platform.outbox.AuditRecordedMother.policeReadOf;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.EventType;
import se.sspf.testsupport.KafkaServer;
import se.sspf.testsupport.RealInfrastructure;
import se.sspf.testsupport.WithRealInfrastructure;

@SpringBootTest
@WithRealInfrastructure
class OutboxBacklogTest {

    @Autowired Outbox outbox;
    @Autowired OutboxBacklog backlog;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MeterRegistry meters;

    private final KafkaServer broker = RealInfrastructure.get().kafka();

    @Test
    void theBacklogAgeIsHowLongTheOldestUnsentEventHasWaitedAndZeroOnceItLeft() {
        await().atMost(Duration.ofSeconds(60)).until(() -> backlog.ageSeconds() == 0);
        broker.stop();
        try {
            String youth = newYouthRef();
            transaction.executeWithoutResult(status ->
                    outbox.publish(EventType.AUDIT_RECORDED, youth, policeReadOf(youth, 1)));
            transaction.executeWithoutResult(status ->
                    outbox.publish(EventType.AUDIT_RECORDED, youth, policeReadOf(youth, 2)));
            Instant oldest = jdbc.sql("select min(created_at) from sspf_messaging.outbox").query(Timestamp.class)
                    .single().toInstant();

            double before = secondsSince(oldest);
            double age = meters.get("sspf.outbox.backlog.age").gauge().value();
            double after = secondsSince(oldest);

            assertThat(age).isBetween(before, after);
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> backlog.ageSeconds() == 0);
    }

    private double secondsSince(Instant instant) {
        return Duration.between(instant, clock.instant()).toMillis() / 1000.0;
    }
}
