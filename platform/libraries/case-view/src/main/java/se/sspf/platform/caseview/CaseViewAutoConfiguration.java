package se.sspf.platform.caseview;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.platform.inbox.EventInbox;
import se.sspf.platform.outbox.MessagingAutoConfiguration;
import se.sspf.platform.schema.PlatformSchema;

/** The case view of a service, in its own database under the schema {@code sspf_caseview}, fed from the case topic. */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
public class CaseViewAutoConfiguration {

    @Bean
    CaseRecords caseRecords(DataSource dataSource) {
        PlatformSchema.migrate(dataSource, "caseview");
        return new CaseRecords(JdbcClient.create(dataSource));
    }

    @Bean
    CaseEventsListener caseEventsListener(EventInbox inbox, CaseRecords cases, List<CaseEventFollower> followers) {
        return new CaseEventsListener(inbox, cases, followers);
    }
}
