package se.sspf.contracts.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts below five are not shown: a figure of a municipality's cases or plans must not let anyone single out a
 * youth. A suppressed count is {@code null}, never a zero, so a reader cannot tell it from one.
 */
public final class SmallCounts {

    public static final int SMALLEST_SHOWN = 5;

    private SmallCounts() {
    }

    public static boolean isShown(long count) {
        return count >= SMALLEST_SHOWN;
    }

    /** The count, or {@code null} where it is below five. */
    public static Long shown(long count) {
        return isShown(count) ? count : null;
    }

    /** Every key is present, so that a missing key cannot tell a zero from a suppressed small count. */
    public static <K> Map<K, Long> shown(K[] keys, Map<K, Long> counts) {
        Map<K, Long> shown = new LinkedHashMap<>();
        for (K key : keys) {
            shown.put(key, shown(counts.getOrDefault(key, 0L)));
        }
        return shown;
    }
}
