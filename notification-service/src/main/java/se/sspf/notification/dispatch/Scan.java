package se.sspf.notification.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import se.sspf.notification.domain.Audience;
import se.sspf.notification.domain.Member;
import se.sspf.notification.domain.Notice;
import se.sspf.platform.caseview.CaseRecord;

/**
 * A look at something this service watches (a consent's last day, a follow-up's time) for the notices due now;
 * {@link Scans} runs each one. A notice found due has an id made from what it is about ({@link Notice#idOf}), so it
 * is told once however often and on however many instances the scan runs.
 */
public interface Scan {

    List<Due> due(Clock clock);

    /**
     * A notice found due, told to the audience drawn from its case's participants while the case view has the case
     * and {@code still} holds of it.
     */
    record Due(Notice notice, Function<List<Member>, Audience> audience, Predicate<CaseRecord> still) {

        /** Told whatever state its case is in. */
        public Due(Notice notice, Function<List<Member>, Audience> audience) {
            this(notice, audience, anyCase -> true);
        }
    }
}
