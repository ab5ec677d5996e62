package se.sspf.platform.consentgate;

import java.util.UUID;

import se.sspf.contracts.consent.ShareVerdict;
import se.sspf.platform.consentrules.ShareDecision;

/**
 * The gate's answer: the verdict with its reason, the consent and version it relied on (for the
 * audit entry of the share), and where the answer came from.
 */
public record GateDecision(ShareVerdict verdict, UUID consentId, Integer consentVersion, Source source) {

    /** Where an answer came from. */
    public enum Source {
        /** The local view of the consent state topic, fresh within its bound. */
        LOCAL_VIEW,
        /** The consent service's decision API, asked because the view was stale. */
        CONSENT_SERVICE,
        /** Neither could answer: the gate denied. */
        NONE
    }

    public boolean permitted() {
        return verdict.permits();
    }

    static GateDecision of(ShareDecision decision, Source source) {
        return new GateDecision(decision.verdict(), decision.consentId(), decision.consentVersion(), source);
    }

    static GateDecision unavailable() {
        return new GateDecision(ShareVerdict.UNAVAILABLE, null, null, Source.NONE);
    }
}
