package se.sspf.platform.audit;

import java.util.List;

/**
 * The result of checking the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param broken         the entries whose content, link or place in the chain does not add up; empty when intact
 */
public record ChainReport(long entriesChecked, List<BrokenEntry> broken) {

    public boolean intact() {
        return broken.isEmpty();
    }

    /** An entry that fails the check, by sequence number, and why. */
    public record BrokenEntry(long sequence, String reason) {
    }
}
