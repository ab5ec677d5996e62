package se.sspf.casework.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.time.SwedishTime;

/**
 * The consent question a working group meeting highlights for a registered case: in force until a day, expiring
 * within 30 days, none yet, or ended (revoked, torn up, expired, or the case closed).
 *
 * @param validUntil the last day the consent may be relied on, where it is known
 */
public record ConsentStanding(Status status, @Nullable LocalDate validUntil) {

    private static final Duration EXPIRING_WITHIN = Duration.ofDays(30);

    public enum Status {
        IN_FORCE,
        EXPIRING,
        NONE,
        ENDED
    }

    /**
     * From what case-service knows: the case (its consent, whether sharing ended) and the consent gate's view of the
     * youth's consent state. Where the view does not hold the case's consent, an active case is taken to have its
     * consent in force without a known last day, as the case became active when the consent came.
     */
    public static ConsentStanding of(SspfCase sspfCase, @Nullable ConsentState state, Instant now) {
        if (sspfCase.sharingEnded()) {
            return new ConsentStanding(Status.ENDED, null);
        }
        if (sspfCase.consentId() == null) {
            return new ConsentStanding(Status.NONE, null);
        }
        Optional<ConsentState.Entry> entry = state == null ? Optional.empty() : state.consents().stream()
                .filter(consent -> consent.consentId().equals(sspfCase.consentId())).findFirst();
        if (entry.isEmpty()) {
            return new ConsentStanding(sspfCase.isUnderWay() ? Status.IN_FORCE : Status.ENDED, null);
        }
        ConsentState.Entry consent = entry.get();
        // expiresAt is the first instant it may no longer be relied on: the start of the day after the last.
        LocalDate lastDay = consent.expiresAt().minusNanos(1).atZone(SwedishTime.ZONE).toLocalDate();
        if (consent.status() != ConsentStatus.ACTIVE || !now.isBefore(consent.expiresAt())) {
            return new ConsentStanding(Status.ENDED, lastDay);
        }
        boolean expiring = now.plus(EXPIRING_WITHIN).isAfter(consent.expiresAt());
        return new ConsentStanding(expiring ? Status.EXPIRING : Status.IN_FORCE, lastDay);
    }
}
