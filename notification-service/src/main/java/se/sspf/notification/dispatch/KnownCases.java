package se.sspf.notification.dispatch;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;

/**
 * A notice needs its case. The case view follows another topic and may lag behind, most of all
 * after a restart, so a case not yet in it is waited for a while before the event fails (and is
 * retried, then parked on the dead-letter topic): a notice is not lost to a lag of seconds.
 */
final class KnownCases {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final long STEP_MILLIS = 100;

    private KnownCases() {
    }

    static CaseRecord require(CaseRecords cases, UUID caseId) {
        return await(cases, caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " is not in the case view"));
    }

    /** The case, once the view has it, or empty after the wait (a case this service will never hear of). */
    static Optional<CaseRecord> await(CaseRecords cases, UUID caseId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Optional<CaseRecord> found = cases.find(caseId);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            found = cases.find(caseId);
        }
        return found;
    }
}
