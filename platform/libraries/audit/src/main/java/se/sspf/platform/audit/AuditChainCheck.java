package se.sspf.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.contracts.Agency;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;

/**
 * Walks the whole chain and names each entry that does not hold: its hash does not match its content
 * (it was altered), its link does not match the entry before (one was replaced), or entries are
 * missing before it (deleted). An altered entry is reported alone: the next entry's link still
 * matches the hash stored in the altered one.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditChainCheck {

    private final JdbcClient jdbc;

    public ChainReport run() {
        Walk walk = new Walk();
        jdbc.sql("select * from sspf_audit.entry order by sequence").query(walk);
        return new ChainReport(walk.checked, List.copyOf(walk.broken));
    }

    private static final class Walk implements RowCallbackHandler {

        private final List<ChainReport.BrokenEntry> broken = new ArrayList<>();
        private long checked;
        private long expectedSequence = 1;
        private String previousHash = ChainHash.GENESIS;

        @Override
        public void processRow(ResultSet row) throws SQLException {
            long sequence = row.getLong("sequence");
            String storedHash = row.getString("hash");
            String link = row.getString("previous_hash");
            if (sequence != expectedSequence) {
                broken.add(new ChainReport.BrokenEntry(sequence,
                        "entries " + expectedSequence + " to " + (sequence - 1) + " are missing before it"));
            } else if (!link.equals(previousHash)) {
                broken.add(new ChainReport.BrokenEntry(sequence, "its link does not match the entry before it"));
            }
            if (!storedHash.equals(recomputedHash(row, sequence, link))) {
                broken.add(new ChainReport.BrokenEntry(sequence, "its content does not match its hash"));
            }
            checked++;
            expectedSequence = sequence + 1;
            previousHash = storedHash;
        }

        private static String recomputedHash(ResultSet row, long sequence, String link) throws SQLException {
            try {
                AuditEntry entry = new AuditEntry(row.getString("youth_ref"), row.getString("actor"),
                        Agency.valueOf(row.getString("agency")), row.getString("municipality"),
                        AuditAction.valueOf(row.getString("action")), row.getString("resource"),
                        row.getString("purpose"), LegalBasis.valueOf(row.getString("legal_basis")),
                        row.getObject("consent_id", UUID.class), (Integer) row.getObject("consent_version"));
                return ChainHash.of(link, sequence, row.getObject("entry_id", UUID.class),
                        row.getTimestamp("occurred_at").toInstant(), entry);
            } catch (IllegalArgumentException | NullPointerException e) {
                return "not a valid entry any more";
            }
        }
    }
}
