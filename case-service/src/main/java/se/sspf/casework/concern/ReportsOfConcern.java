package se.sspf.casework.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.ReportOfConcern;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.store.CaseStore;
import se.sspf.casework.store.ReportStore;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.platform.consentgate.GatedReads;
import se.sspf.platform.security.Caller;

/**
 * RecordReportOfConcern: that an agency made a report of concern (SoL 14 kap. 1 §) to social
 * services. A legal duty of every agency: recording it is never blocked by consent, in every stage of the
 * case. The report itself goes through the agency's own channel; this only records that it was made, as
 * the reporting agency's record, which other agencies read through the gate like any other.
 */
@Service
@RequiredArgsConstructor
public class ReportsOfConcern {

    private final CaseStore cases;
    private final ReportStore reports;
    private final GatedReads gatedReads;
    private final CaseAudit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ReportOfConcern record(Caller caller, UUID caseId, LocalDate madeOn) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.findForShare(caseId)).sspfCase();
            ReportOfConcern report = new ReportOfConcern(UUID.randomUUID(), caller.agency(), madeOn);
            reports.insert(caseId, report, caller.subject(), clock.instant());
            audit.record(caller, AuditAction.CREATE, sspfCase, "/reports-of-concern/" + report.id(),
                    "recording that a report of concern was made", LegalBasis.REPORT_OF_CONCERN);
            return report;
        });
    }

    public List<ReportOfConcern> list(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.find(caseId)).sspfCase();
            String purpose = "reading which reports of concern were made";
            List<ReportOfConcern> shown = gatedReads.open(CaseAccess.reading(caller, sspfCase, "/reports-of-concern",
                    purpose), reports.ofCase(caseId));
            audit.record(caller, AuditAction.READ, sspfCase, "/reports-of-concern", purpose,
                    LegalBasis.REPORT_OF_CONCERN);
            return shown;
        });
    }
}
