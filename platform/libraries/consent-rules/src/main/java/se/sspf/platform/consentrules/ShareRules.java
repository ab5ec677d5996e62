package se.sspf.platform.consentrules;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ExpiryCause;
import se.sspf.contracts.consent.ShareVerdict;

/**
 * The one rule of the platform: agency B may see what agency A recorded about a youth only while a
 * valid, unrevoked, unexpired consent covers A, B and that category. What an agency recorded
 * itself it always sees. Expiry is judged by the clock at the moment of the question. Anything
 * not positively permitted is denied.
 */
public final class ShareRules {

    private ShareRules() {
    }

    /**
     * @param state the youth's consent state, or null where none is known
     */
    public static ShareDecision decide(ConsentState state, ShareQuestion question, Instant now) {
        if (question.owner() == question.reader()) {
            return ShareDecision.because(ShareVerdict.PERMIT_OWN_AGENCY);
        }
        if (state == null || !state.municipality().equals(question.municipality()) || state.consents().isEmpty()) {
            return ShareDecision.because(ShareVerdict.NO_CONSENT);
        }
        Optional<ShareDecision> permit = state.consents().stream()
                .map(consent -> decide(consent, question, now))
                .filter(ShareDecision::permitted)
                .findFirst();
        // Denied by every consent: the reason given is the one of the most recently changed.
        return permit.orElseGet(() -> state.consents().stream()
                .max(Comparator.comparing(ConsentState.Entry::changedAt))
                .map(latest -> decide(latest, question, now))
                .orElseThrow());
    }

    private static ShareDecision decide(ConsentState.Entry consent, ShareQuestion question, Instant now) {
        ShareVerdict verdict = verdictOf(consent, question, now);
        return new ShareDecision(verdict, consent.consentId(), consent.version());
    }

    private static ShareVerdict verdictOf(ConsentState.Entry consent, ShareQuestion question, Instant now) {
        if (consent.status() == ConsentStatus.REVOKED) {
            return ShareVerdict.REVOKED;
        }
        if (consent.status() == ConsentStatus.TORN_UP) {
            return ShareVerdict.TORN_UP;
        }
        if (now.isBefore(consent.validFrom())) {
            return ShareVerdict.NOT_YET_VALID;
        }
        if (!now.isBefore(consent.expiresAt())) {
            return consent.expiryCause() == ExpiryCause.AWAITING_RECONFIRMATION
                    ? ShareVerdict.RECONFIRMATION_REQUIRED
                    : ShareVerdict.EXPIRED;
        }
        if (!consent.agencies().contains(question.owner()) || !consent.agencies().contains(question.reader())) {
            return ShareVerdict.AGENCY_NOT_COVERED;
        }
        if (!consent.categories().contains(question.category())) {
            return ShareVerdict.CATEGORY_NOT_COVERED;
        }
        return ShareVerdict.PERMIT_CONSENT;
    }
}
