package se.sspf.notification.events;

import java.util.UUID;

import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;

/** A notice needs its case: one not (yet) in the case view fails the event, which the listener retries. */
final class KnownCases {

    private KnownCases() {
    }

    static CaseRecord require(CaseRecords cases, UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> new IllegalStateException("case " + caseId + " is not in the case view yet"));
    }
}
