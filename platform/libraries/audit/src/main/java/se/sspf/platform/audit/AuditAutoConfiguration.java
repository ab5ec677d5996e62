package se.sspf.platform.audit;

import java.time.Clock;

import javax.sql.DataSource;

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

    /** Marks that the audit tables exist, for the beans that use them. */
    static final class AuditSchema {
    }
}
