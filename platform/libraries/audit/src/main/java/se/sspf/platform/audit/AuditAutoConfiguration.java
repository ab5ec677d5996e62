package se.sspf.platform.audit;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.platform.outbox.MessagingAutoConfiguration;
import se.sspf.platform.outbox.Outbox;
import se.sspf.platform.schema.PlatformSchema;

/** The audit trail of a service, in its own database under the schema {@code sspf_audit}. */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
public class AuditAutoConfiguration {

    private static final String CHECK_INTERVAL =
            "${sspf.audit.chain-check.interval:${SSPF_AUDIT_CHAIN_CHECK_INTERVAL:1h}}";

    @Bean
    AuditSchema auditSchema(DataSource dataSource) {
        PlatformSchema.migrate(dataSource, "audit");
        return new AuditSchema();
    }

    @Bean
    AuditTrail auditTrail(DataSource dataSource, AuditSchema schema, TransactionTemplate transaction, Outbox outbox,
                          Clock clock) {
        return new AuditTrail(JdbcClient.create(dataSource), transaction, outbox, clock);
    }

    @Bean
    AuditChainCheck auditChainCheck(DataSource dataSource, AuditSchema schema) {
        return new AuditChainCheck(JdbcClient.create(dataSource));
    }

    /** Every {@code SSPF_AUDIT_CHAIN_CHECK_INTERVAL} (or {@code sspf.audit.chain-check.interval}), the first soon
     * after the start. */
    @Bean
    AuditChainMonitor auditChainMonitor(DataSource dataSource, TransactionTemplate transaction,
                                        AuditChainCheck check, Clock clock, ObjectProvider<MeterRegistry> meters,
                                        @Value(CHECK_INTERVAL) Duration interval,
                                        @Value("${sspf.audit.chain-check.first-after:30s}") Duration firstAfter) {
        return new AuditChainMonitor(JdbcClient.create(dataSource), transaction, check, clock, interval, firstAfter,
                meters.getIfUnique(() -> Metrics.globalRegistry));
    }

    /** Marks that the audit tables exist, for the beans that use them. */
    static final class AuditSchema {
    }
}
