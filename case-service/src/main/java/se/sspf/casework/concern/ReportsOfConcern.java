package se.sspf.casework.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.store.CaseStore;
import se.sspf.contracts.Agency;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.platform.security.Caller;

/**
 * RecordReportOfConcern: that an agency made a report of concern (SoL 14 kap. 1 §) to social
 * services. A legal duty of every agency: never gated by consent, possible in every stage of the
 * case. The report itself goes through the agency's own channel; this only records that it was made.
 */
@Service
public class ReportsOfConcern {

    private final CaseStore store;
    private final CaseAudit audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportsOfConcern(CaseStore store, CaseAudit audit, JdbcClient jdbc, TransactionTemplate transaction, Optional<Clock> clock) {
        this.store = store;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record ReportOfConcern(UUID id, Agency agency, LocalDate madeOn) {
    }

    public ReportOfConcern record(Caller caller, UUID caseId, LocalDate madeOn) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, store.findForShare(caseId)).sspfCase();
            ReportOfConcern report = new ReportOfConcern(UUID.randomUUID(), caller.agency(), madeOn);
            jdbc.sql("insert into report_of_concern (id, case_id, agency, made_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                    .params(report.id(), caseId, caller.agency().name(), madeOn, caller.subject(), Timestamp.from(clock.instant()))
                    .update();
            audit.record(caller, AuditAction.CREATE, sspfCase, "/reports-of-concern/" + report.id(), "recording that a report of concern was made",
                    LegalBasis.REPORT_OF_CONCERN, null, null);
            return report;
        });
    }

    public List<ReportOfConcern> list(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, store.find(caseId)).sspfCase();
            audit.record(caller, AuditAction.READ, sspfCase, "/reports-of-concern", "reading which reports of concern were made",
                    LegalBasis.REPORT_OF_CONCERN, null, null);
            return jdbc.sql("select id, agency, made_on from report_of_concern where case_id = ? order by made_on, id")
                    .param(caseId)
                    .query((row, n) -> new ReportOfConcern(row.getObject("id", UUID.class), Agency.valueOf(row.getString("agency")),
                            row.getObject("made_on", LocalDate.class)))
                    .list();
        });
    }
}
