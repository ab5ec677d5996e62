package se.sspf.platform.consentgate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.sspf.platform.consentrules.ShareQuestion;
import se.sspf.platform.consentrules.ShareRules;

/**
 * Decides from the local view while it is known complete to within the staleness bound; otherwise
 * asks the consent service; if that fails too, denies. Expiry is judged by this clock at the moment
 * of the question, on either path.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class LocalFirstConsentGate implements ConsentGate {

    private static final Logger log = LoggerFactory.getLogger(LocalFirstConsentGate.class);

    private final ConsentStateView view;
    private final Fallback fallback;
    private final Duration stalenessBound;
    private final Clock clock;
    private final GateMetrics metrics;

    /**
     * A gate on a view alone, with its metrics, for measuring the local path; what the view cannot answer is denied.
     */
    public static ConsentGate overView(ConsentStateView view, Duration stalenessBound, Clock clock,
                                       io.micrometer.core.instrument.MeterRegistry meters) {
        return new LocalFirstConsentGate(view, question -> GateDecision.unavailable(), stalenessBound, clock,
                new GateMetrics(meters, view, stalenessBound, clock));
    }

    @Override
    public GateDecision check(ShareQuestion question) {
        GateDecision decision = decide(question);
        metrics.record(decision);
        return decision;
    }

    private GateDecision decide(ShareQuestion question) {
        Instant now = clock.instant();
        Optional<Instant> completeUpTo = view.watermark();
        boolean fresh = completeUpTo.isPresent() && !completeUpTo.get().plus(stalenessBound).isBefore(now);
        if (fresh || question.owner() == question.reader()) {
            return GateDecision.of(ShareRules.decide(view.stateOf(question.youthRef()), question, now),
                    GateDecision.Source.LOCAL_VIEW);
        }
        try {
            return fallback.decide(question);
        } catch (RuntimeException unavailable) {
            log.warn("consent view stale and consent service unavailable: denying ({})", unavailable.getMessage());
            return GateDecision.unavailable();
        }
    }

    /** The synchronous path, when the view is stale. */
    @FunctionalInterface
    interface Fallback {
        GateDecision decide(ShareQuestion question);
    }
}
