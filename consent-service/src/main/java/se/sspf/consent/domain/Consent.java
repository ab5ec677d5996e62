package se.sspf.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.consent.ConsentExpired;
import se.sspf.contracts.consent.ConsentGiven;
import se.sspf.contracts.consent.ConsentReconfirmed;
import se.sspf.contracts.consent.ConsentRevoked;
import se.sspf.contracts.consent.ConsentScopeChanged;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ConsentTornUp;
import se.sspf.contracts.consent.ExpiryCause;
import se.sspf.contracts.time.SwedishTime;

/**
 * A youth's written consent to information sharing for one SSPF case. Immutable: every change
 * returns the consent as it then stands together with the events it causes.
 *
 * <p>Dates on the form are Swedish calendar days: a consent holds from the start of its valid-from
 * day to the end of its valid-until day in Europe/Stockholm. A consent signed before the youth's
 * 18th birthday ends on that birthday unless the youth reconfirms it.
 *
 * @param version the scope version; a new scope is a new version with new signatures
 */
public record Consent(
        UUID id,
        String municipality,
        UUID caseId,
        String youthRef,
        LocalDate youthBirthDate,
        int version,
        ConsentTerms terms,
        ConsentStatus status,
        @Nullable LocalDate reconfirmedOn,
        @Nullable Revocation revocation,
        @Nullable Instant tornUpAt,
        boolean expiryAnnounced,
        Instant registeredAt,
        String registeredBy,
        Instant changedAt) {

    /** Registers a signed consent, after checking the signer rules against the day it is registered. */
    public static ConsentChange register(UUID id, String municipality, UUID caseId, String youthRef,
                                         LocalDate youthBirthDate, ConsentTerms terms, Instant now,
                                         String registeredBy) {
        SignerRules.check(youthBirthDate, LocalDate.ofInstant(now, SwedishTime.ZONE), terms);
        Consent consent = new Consent(id, municipality, caseId, youthRef, youthBirthDate, 1, terms,
                ConsentStatus.ACTIVE, null, null, null, false, now, registeredBy, now);
        return new ConsentChange(consent, List.of(new ConsentGiven(id, 1, caseId, municipality, terms.agencies(),
                terms.categories(), terms.validFrom(), terms.validUntil(), terms.researchFollowUp())));
    }

    /**
     * A signer withdraws the consent through the handler; possible at any time while it is active.
     *
     * @param guardianRef which guardian, when a guardian withdraws it; only one with custody may
     */
    public ConsentChange revoke(SignerRole by, @Nullable String guardianRef, String reason, String recordedBy,
                                Instant now) {
        requireActive("revoke");
        if (by == SignerRole.GUARDIAN && guardianRef == null) {
            throw new ConsentRuleViolation("revoked-by-a-signer", "guardianRef",
                    "a guardian who withdraws the consent is named: send guardianRef");
        }
        if (by == SignerRole.GUARDIAN && !terms.guardiansWithCustody().contains(guardianRef)) {
            throw new ConsentRuleViolation("revoked-by-a-signer", "guardianRef",
                    "only a guardian with custody named on the consent withdraws it");
        }
        Consent revoked = withStatus(ConsentStatus.REVOKED, new Revocation(now, by, reason, recordedBy), tornUpAt, now);
        return new ConsentChange(revoked, List.of(new ConsentRevoked(id, version, caseId, municipality, now,
                by.name())));
    }

    /**
     * The case closed: the consent is torn up, whether it was still in force, expired or revoked (a
     * revocation stays on record). Torn up once.
     */
    public ConsentChange tearUp(Instant now) {
        if (status == ConsentStatus.TORN_UP) {
            return new ConsentChange(this, List.of());
        }
        Consent tornUp = withStatus(ConsentStatus.TORN_UP, revocation, now, now);
        return new ConsentChange(tornUp, List.of(new ConsentTornUp(id, version, caseId, municipality, now)));
    }

    /** The youth, now 18, confirms the consent themself, so that it goes on to its valid-until. */
    public ConsentChange reconfirm(LocalDate signedOn, Instant now) {
        requireActive("reconfirm");
        if (!awaitsReconfirmation()) {
            throw new IllegalConsentChange("this consent needs no reconfirmation: the youth signed it at 18 or has "
                    + "reconfirmed it");
        }
        if (SignerRules.ageOn(youthBirthDate, signedOn) < SignerRules.AGE_OF_MAJORITY) {
            throw new ConsentRuleViolation("reconfirmed-at-18", "signedOn",
                    "the youth reconfirms on or after their 18th birthday");
        }
        if (signedOn.isAfter(LocalDate.ofInstant(now, SwedishTime.ZONE))) {
            throw new ConsentRuleViolation("signed-before-registration", "signedOn",
                    "the reconfirmation is dated after today");
        }
        Consent reconfirmed = new Consent(id, municipality, caseId, youthRef, youthBirthDate, version, terms, status,
                signedOn, revocation, tornUpAt, false, registeredAt, registeredBy, now);
        return new ConsentChange(reconfirmed, List.of(new ConsentReconfirmed(id, version, caseId, municipality,
                signedOn)));
    }

    /** A new scope needs new signatures: it is checked as a new registration and becomes the next version. */
    public ConsentChange changeScope(ConsentTerms newTerms, Instant now) {
        requireActive("change the scope of");
        SignerRules.check(youthBirthDate, LocalDate.ofInstant(now, SwedishTime.ZONE), newTerms);
        int next = version + 1;
        Consent changed = new Consent(id, municipality, caseId, youthRef, youthBirthDate, next, newTerms, status, null,
                revocation, tornUpAt, false, registeredAt, registeredBy, now);
        return new ConsentChange(changed, List.of(new ConsentScopeChanged(id, next, caseId, municipality,
                newTerms.agencies(), newTerms.categories(), newTerms.validFrom(), newTerms.validUntil())));
    }

    /**
     * Announces, once, that an active consent has reached its end. Deciding never waits for this:
     * a share is judged against {@link #expiresAt()} at the moment it is asked.
     */
    public ConsentChange announceExpiry(Instant now) {
        if (status != ConsentStatus.ACTIVE || expiryAnnounced || now.isBefore(expiresAt())) {
            return new ConsentChange(this, List.of());
        }
        Consent announced = new Consent(id, municipality, caseId, youthRef, youthBirthDate, version, terms, status,
                reconfirmedOn, revocation, tornUpAt, true, registeredAt, registeredBy, now);
        return new ConsentChange(announced, List.of(new ConsentExpired(id, version, caseId, municipality, expiresAt(),
                expiryCause())));
    }

    public Instant validFrom() {
        return terms.validFrom().atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    /** The first instant this consent may no longer be relied on. */
    public Instant expiresAt() {
        Instant endOfValidUntil = terms.validUntil().plusDays(1).atStartOfDay(SwedishTime.ZONE).toInstant();
        if (awaitsReconfirmation()) {
            Instant eighteenthBirthday = eighteenthBirthday().atStartOfDay(SwedishTime.ZONE).toInstant();
            return eighteenthBirthday.isBefore(endOfValidUntil) ? eighteenthBirthday : endOfValidUntil;
        }
        return endOfValidUntil;
    }

    public ExpiryCause expiryCause() {
        boolean endsAtBirthday = awaitsReconfirmation()
                && eighteenthBirthday().isBefore(terms.validUntil().plusDays(1));
        return endsAtBirthday ? ExpiryCause.AWAITING_RECONFIRMATION : ExpiryCause.VALID_UNTIL;
    }

    /** The consent as every gate sees it on the state topic. */
    public ConsentState.Entry toStateEntry() {
        return new ConsentState.Entry(id, version, caseId, status, terms.agencies(), terms.categories(), validFrom(),
                expiresAt(), expiryCause(), changedAt);
    }

    private boolean awaitsReconfirmation() {
        return reconfirmedOn == null && SignerRules.ageOn(youthBirthDate,
                terms.youthSignedOn()) < SignerRules.AGE_OF_MAJORITY;
    }

    private LocalDate eighteenthBirthday() {
        return youthBirthDate.plusYears(SignerRules.AGE_OF_MAJORITY);
    }

    private void requireActive(String change) {
        if (status != ConsentStatus.ACTIVE) {
            throw new IllegalConsentChange("cannot " + change + " a consent that is "
                    + status.name().toLowerCase().replace('_', ' '));
        }
    }

    private Consent withStatus(ConsentStatus newStatus, Revocation newRevocation, Instant newTornUpAt, Instant now) {
        return new Consent(id, municipality, caseId, youthRef, youthBirthDate, version, terms, newStatus, reconfirmedOn,
                newRevocation, newTornUpAt, expiryAnnounced, registeredAt, registeredBy, now);
    }
}
