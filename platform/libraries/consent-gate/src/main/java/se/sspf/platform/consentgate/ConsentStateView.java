package se.sspf.platform.consentgate;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.sspf.contracts.consent.ConsentState;

/**
 * The consent state of every youth, as read from the compacted state topic, and how far it can be
 * trusted: each partition's latest heartbeat watermark. One thread writes (the consumer), applying
 * records in partition order; any thread reads. A state is stored before the heartbeat that follows
 * it on the partition, so whoever sees a watermark also sees every change committed before it.
 *
 * <p>A service holds every youth of the topic, a whole country's in a national deployment: states are kept in the
 * compact form of {@link CompactConsentStates}, under the compact keys of {@link YouthKeys}, and unpacked for the
 * question at hand.
 */
public final class ConsentStateView {

    private final Map<Object, Object> states = new ConcurrentHashMap<>();
    private final CompactConsentStates compact = new CompactConsentStates();
    private final Map<Integer, Instant> watermarks = new ConcurrentHashMap<>();
    private volatile int partitions = -1;
    private volatile Instant watermark;
    private volatile boolean caughtUp;

    public ConsentState stateOf(String youthRef) {
        Object stored = states.get(YouthKeys.of(youthRef));
        return stored == null ? null : compact.unpack(youthRef, stored);
    }

    public void apply(ConsentState state) {
        states.put(YouthKeys.of(state.youthRef()), compact.pack(state));
    }

    /** A record about this youth could not be read: forget the youth, so that nothing is permitted on old knowledge. */
    public void forget(String youthRef) {
        states.remove(YouthKeys.of(youthRef));
    }

    /** Kept as the oldest of the partitions' watermarks, so that a check reads one field. */
    public void heartbeat(int partition, Instant partitionWatermark) {
        watermarks.put(partition, partitionWatermark);
        if (partitions > 0 && watermarks.size() >= partitions) {
            watermark = watermarks.values().stream().min(Instant::compareTo).orElseThrow();
        }
    }

    public void assigned(int partitionCount) {
        watermarks.clear();
        watermark = null;
        partitions = partitionCount;
    }

    /**
     * The instant up to which the whole view is known complete: the oldest of the partitions'
     * watermarks, or empty while any partition has not been heard from.
     */
    public Optional<Instant> watermark() {
        return Optional.ofNullable(watermark);
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    void markCaughtUp() {
        caughtUp = true;
    }

    public int youths() {
        return states.size();
    }
}
