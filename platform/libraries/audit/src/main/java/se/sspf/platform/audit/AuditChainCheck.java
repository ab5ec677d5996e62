package se.sspf.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.contracts.Agency;
import se.sspf.contracts.LegalBasis;
import se.sspf.contracts.audit.AuditAction;

/**
 * Walks every chain of the trail and names each entry that does not hold: its hash does not match its content or
 * place (it was altered or moved), its link does not match the entry before it (one was replaced or put in between),
 * entries are missing before it (deleted), or its chain does not end where the chain's end was written down (its
 * last entries deleted, or entries added behind it). The chains are the legacy one, written before the trail had a
 * chain per youth, which ends where the migration recorded, and one per youth, which ends at the youth's head.
 * Finally the trail must hold at least as many entries as the last stored check counted: removing a youth's whole
 * chain together with its head shows there. An altered entry is reported alone: the next entry's link still matches
 * the hash stored in the altered one.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditChainCheck {

    private final JdbcClient jdbc;

    public ChainReport run() {
        List<ChainReport.BrokenEntry> broken = new ArrayList<>();
        LegacyWalk legacy = jdbc.sql("select length, hash from sspf_audit.legacy_chain_end")
                .query((row, n) -> new LegacyWalk(row.getLong("length"), row.getString("hash"), broken))
                .single();
        jdbc.sql("select * from sspf_audit.entry where youth_sequence is null order by sequence").query(legacy);
        legacy.finish();
        // One statement, one snapshot: an append's entry and its head's move commit together, so both agree here.
        YouthWalk youths = new YouthWalk(broken);
        jdbc.sql("""
                select e.*, h.length as head_length, h.hash as head_hash
                from sspf_audit.entry e left join sspf_audit.chain_head h using (youth_ref)
                where e.youth_sequence is not null
                order by e.youth_ref, e.youth_sequence""").query(youths);
        youths.finish();
        jdbc.sql("""
                select length from sspf_audit.chain_head h where not exists (select 1 from sspf_audit.entry e
                    where e.youth_ref = h.youth_ref and e.youth_sequence is not null)""")
                .query(Long.class).list()
                .forEach(length -> broken.add(new ChainReport.BrokenEntry(0,
                        "a youth's head counts " + length + " entries and none of them is there")));
        long checked = legacy.checked + youths.checked;
        jdbc.sql("select entries_checked from sspf_audit.chain_check").query(Long.class).optional()
                .filter(before -> checked < before)
                .ifPresent(before -> broken.add(new ChainReport.BrokenEntry(0, (before - checked)
                        + " entries fewer than the last check counted: entries were removed with their chain's end")));
        return new ChainReport(checked, List.copyOf(broken));
    }

    /** The chain of the entries written before each youth had a chain of their own, linked by sequence number. */
    private static final class LegacyWalk implements RowCallbackHandler {

        private final long endLength;
        private final String endHash;
        private final List<ChainReport.BrokenEntry> broken;
        private long checked;
        private long expectedSequence = 1;
        private String previousHash = ChainHash.GENESIS;

        LegacyWalk(long endLength, String endHash, List<ChainReport.BrokenEntry> broken) {
            this.endLength = endLength;
            this.endHash = endHash;
            this.broken = broken;
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            long sequence = row.getLong("sequence");
            String storedHash = row.getString("hash");
            String link = row.getString("previous_hash");
            if (sequence > endLength) {
                broken.add(new ChainReport.BrokenEntry(sequence,
                        "it has the legacy shape but was added after the legacy chain was closed"));
            } else if (sequence != expectedSequence) {
                broken.add(new ChainReport.BrokenEntry(sequence,
                        "entries " + expectedSequence + " to " + (sequence - 1) + " are missing before it"));
            } else if (!link.equals(previousHash)) {
                broken.add(new ChainReport.BrokenEntry(sequence, "its link does not match the entry before it"));
            }
            if (!storedHash.equals(recomputedHash(row, sequence, link))) {
                broken.add(new ChainReport.BrokenEntry(sequence, "its content does not match its hash"));
            }
            checked++;
            if (sequence <= endLength) {
                expectedSequence = sequence + 1;
                previousHash = storedHash;
            }
        }

        void finish() {
            long last = expectedSequence - 1;
            if (last < endLength) {
                broken.add(new ChainReport.BrokenEntry(last, "the legacy chain's entries " + expectedSequence
                        + " to " + endLength + " are missing after it"));
            } else if (!previousHash.equals(endHash)) {
                broken.add(new ChainReport.BrokenEntry(last, "the legacy chain does not end with it any more"));
            }
        }
    }

    /** Each youth's chain, linked by the youth's sequence and ending at the youth's head. */
    private static final class YouthWalk implements RowCallbackHandler {

        private final List<ChainReport.BrokenEntry> broken;
        private long checked;
        private @Nullable String youth;
        private @Nullable Long headLength;
        private @Nullable String headHash;
        private long expectedPlace;
        private String previousHash = ChainHash.GENESIS;
        private long lastSequence;

        YouthWalk(List<ChainReport.BrokenEntry> broken) {
            this.broken = broken;
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            String youthRef = row.getString("youth_ref");
            if (!youthRef.equals(youth)) {
                finish();
                youth = youthRef;
                headLength = (Long) row.getObject("head_length");
                headHash = row.getString("head_hash");
                expectedPlace = 1;
                previousHash = ChainHash.GENESIS;
            }
            long sequence = row.getLong("sequence");
            long place = row.getLong("youth_sequence");
            String storedHash = row.getString("hash");
            String link = row.getString("previous_hash");
            if (place > expectedPlace) {
                broken.add(new ChainReport.BrokenEntry(sequence,
                        "the youth's entries " + expectedPlace + " to " + (place - 1) + " are missing before it"));
            } else if (!link.equals(previousHash)) {
                broken.add(new ChainReport.BrokenEntry(sequence,
                        "its link does not match the youth's entry before it"));
            }
            if (!storedHash.equals(recomputedHash(row, place, link))) {
                broken.add(new ChainReport.BrokenEntry(sequence, "its content does not match its hash"));
            }
            checked++;
            expectedPlace = place + 1;
            previousHash = storedHash;
            lastSequence = sequence;
        }

        /** Compares the youth's chain just walked with its head. */
        void finish() {
            if (youth == null) {
                return;
            }
            long length = expectedPlace - 1;
            if (headLength == null) {
                broken.add(new ChainReport.BrokenEntry(lastSequence, "its youth's chain has no head any more"));
            } else if (length < headLength) {
                broken.add(new ChainReport.BrokenEntry(lastSequence,
                        "the youth's entries " + expectedPlace + " to " + headLength + " are missing after it"));
            } else if (length > headLength) {
                broken.add(new ChainReport.BrokenEntry(lastSequence,
                        "it lies behind its youth's head, which counts " + headLength + " entries"));
            } else if (!previousHash.equals(headHash)) {
                broken.add(new ChainReport.BrokenEntry(lastSequence, "its youth's head does not end with it"));
            }
        }
    }

    private static String recomputedHash(ResultSet row, long place, String link) throws SQLException {
        try {
            AuditEntry entry = new AuditEntry(row.getString("youth_ref"), row.getString("actor"),
                    Agency.valueOf(row.getString("agency")), row.getString("municipality"),
                    AuditAction.valueOf(row.getString("action")), row.getString("resource"),
                    row.getString("purpose"), LegalBasis.valueOf(row.getString("legal_basis")),
                    row.getObject("consent_id", UUID.class), (Integer) row.getObject("consent_version"));
            return ChainHash.of(link, place, row.getObject("entry_id", UUID.class),
                    row.getTimestamp("occurred_at").toInstant(), entry);
        } catch (IllegalArgumentException | NullPointerException e) {
            return "not a valid entry any more";
        }
    }
}
