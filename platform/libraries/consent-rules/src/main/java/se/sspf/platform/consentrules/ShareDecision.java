package se.sspf.platform.consentrules;

import java.util.UUID;

import se.sspf.contracts.consent.ShareVerdict;

/**
 * The answer, with its reason and the consent it relied on (null where none was).
 */
public record ShareDecision(ShareVerdict verdict, UUID consentId, Integer consentVersion) {

    public boolean permitted() {
        return verdict.permits();
    }

    static ShareDecision because(ShareVerdict verdict) {
        return new ShareDecision(verdict, null, null);
    }
}
