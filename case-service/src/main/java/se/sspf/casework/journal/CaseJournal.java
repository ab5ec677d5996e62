package se.sspf.casework.journal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.JournalEntry;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.store.CaseStore;
import se.sspf.casework.store.JournalStore;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.platform.consentgate.GatedReads;
import se.sspf.platform.security.Caller;

/**
 * RecordJournalEntry and ReadJournal. A reader always sees what its own agency recorded; another
 * agency's entries only where the consent gate permits, entry by entry. What is withheld is simply
 * absent: the reader is not told how much.
 */
@Service
@RequiredArgsConstructor
public class CaseJournal {

    private final CaseStore cases;
    private final JournalStore journal;
    private final GatedReads gatedReads;
    private final CaseAudit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public JournalEntry record(Caller caller, UUID caseId, InformationCategory category, String text) {
        CaseAccess.requireStaff(caller);
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.findForShare(caseId)).sspfCase();
            sspfCase.requireOpenForRecords();
            JournalEntry entry = new JournalEntry(UUID.randomUUID(), caseId, caller.agency(), category, text,
                    caller.subject(), clock.instant());
            journal.insert(entry);
            audit.record(caller, AuditAction.CREATE, sspfCase, "/journal/" + entry.id(), "recording a journal entry",
                    LegalBasis.OWN_AGENCY_RECORD);
            return entry;
        });
    }

    public List<JournalEntry> read(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, cases.find(caseId)).sspfCase();
            List<JournalEntry> shown = gatedReads.open(CaseAccess.reading(caller, sspfCase, "/journal",
                    "reading the journal"), journal.ofCase(caseId));
            // After the gate: the youth's audit chain is then locked for the appends only, never during a fallback.
            audit.asParticipant(caller, AuditAction.READ, sspfCase, "/journal", "reading the journal");
            return shown;
        });
    }
}
