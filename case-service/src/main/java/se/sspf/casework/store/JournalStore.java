package se.sspf.casework.store;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.casework.domain.JournalEntry;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.consentgate.Owned;

/** Journal entries, each the record of the agency that wrote it: handed out sealed, for the gate to open. */
@Repository
@RequiredArgsConstructor
public class JournalStore {

    private final JdbcClient jdbc;

    public void insert(JournalEntry entry) {
        jdbc.sql("""
                        insert into journal_entry (id, case_id, agency, category, text, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), entry.caseId(), entry.agency().name(), entry.category().name(), entry.text(),
                        entry.recordedBy(), Timestamp.from(entry.recordedAt()))
                .update();
    }

    public List<Owned<JournalEntry>> ofCase(UUID caseId) {
        return jdbc.sql("""
                        select id, agency, category, text, recorded_by, recorded_at from journal_entry
                        where case_id = ? order by recorded_at, id""")
                .param(caseId)
                .query((row, n) -> new JournalEntry(row.getObject("id", UUID.class), caseId,
                Agency.valueOf(row.getString("agency")),
                        InformationCategory.valueOf(row.getString("category")), row.getString("text"),
                        row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant()))
                .list().stream()
                .map(entry -> Owned.by(entry.agency(), entry.category(), entry))
                .toList();
    }
}
