package se.sspf.casework.journal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.JournalEntry;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.lifecycle.CaseLifecycle;
import se.sspf.casework.store.CaseStore;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.casework.CaseStatus;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.GateDecision;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * RecordJournalEntry and ReadJournal. A reader always sees what its own agency recorded; another
 * agency's entries only where the consent gate permits, entry by entry. What is withheld is simply
 * absent: the reader is not told how much.
 */
@Service
public class CaseJournal {

    private final CaseStore store;
    private final ConsentGate gate;
    private final CaseAudit audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseJournal(CaseStore store, ConsentGate gate, CaseAudit audit, JdbcClient jdbc, TransactionTemplate transaction,
                Optional<Clock> clock) {
        this.store = store;
        this.gate = gate;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public JournalEntry record(Caller caller, UUID caseId, InformationCategory category, String text) {
        CaseAccess.requireStaff(caller);
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, store.findForShare(caseId)).sspfCase();
            if (sspfCase.status() == CaseStatus.CLOSED || sspfCase.status() == CaseStatus.DECLINED) {
                throw ApiProblem.conflict("case-not-open", "nothing is recorded in a case that is " + sspfCase.status().name().toLowerCase());
            }
            JournalEntry entry = new JournalEntry(UUID.randomUUID(), caseId, caller.agency(), category, text, caller.subject(), clock.instant());
            jdbc.sql("insert into journal_entry (id, case_id, agency, category, text, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(entry.id(), caseId, entry.agency().name(), category.name(), text, caller.subject(), Timestamp.from(entry.recordedAt()))
                    .update();
            audit.record(caller, AuditAction.CREATE, sspfCase, "/journal/" + entry.id(), "recording a journal entry",
                    LegalBasis.OWN_AGENCY_RECORD, null, null);
            return entry;
        });
    }

    public List<JournalEntry> read(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, store.find(caseId)).sspfCase();
            List<JournalEntry> shown = new ArrayList<>();
            GateDecision reliedOn = null;
            for (JournalEntry entry : entries(caseId)) {
                if (entry.agency() == caller.agency()) {
                    shown.add(entry);
                    continue;
                }
                GateDecision decision = gate.check(sspfCase.municipality(), sspfCase.youthRef(), entry.agency(), caller.agency(), entry.category());
                if (decision.permitted()) {
                    shown.add(entry);
                    reliedOn = decision;
                }
            }
            if (reliedOn == null) {
                audit.record(caller, AuditAction.READ, sspfCase, "/journal", "reading the journal", LegalBasis.OWN_AGENCY_RECORD, null, null);
            } else {
                audit.record(caller, AuditAction.READ, sspfCase, "/journal", "reading the journal", LegalBasis.CONSENT,
                        reliedOn.consentId(), reliedOn.consentVersion());
            }
            return shown;
        });
    }

    private List<JournalEntry> entries(UUID caseId) {
        return jdbc.sql("select id, case_id, agency, category, text, recorded_by, recorded_at from journal_entry where case_id = ? order by recorded_at, id")
                .param(caseId)
                .query((row, n) -> new JournalEntry(row.getObject("id", UUID.class), caseId, Agency.valueOf(row.getString("agency")),
                        InformationCategory.valueOf(row.getString("category")), row.getString("text"), row.getString("recorded_by"),
                        row.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
