package se.sspf.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.sspf.consent.domain.ConsentTermsMother.FIFTEEN_YEAR_OLD;
import static se.sspf.consent.domain.ConsentTermsMother.TODAY;
import static se.sspf.consent.domain.ConsentTermsMother.TURNS_18_IN_MARCH;
import static se.sspf.consent.domain.ConsentTermsMother.signedByGuardiansAndYouth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.consent.ConsentExpired;
import se.sspf.contracts.consent.ConsentGiven;
import se.sspf.contracts.consent.ConsentReconfirmed;
import se.sspf.contracts.consent.ConsentRevoked;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ConsentTornUp;
import se.sspf.contracts.consent.ExpiryCause;
import se.sspf.contracts.time.SwedishTime;

class ConsentTest {

    private static final Instant NOW = TODAY.atTime(10, 0).atZone(SwedishTime.ZONE).toInstant();

    @Test
    void aRegisteredConsentIsActiveFromTheStartOfItsFirstDayToTheEndOfItsLastInSweden() {
        ConsentChange registered = register(FIFTEEN_YEAR_OLD);
        Consent consent = registered.consent();

        assertThat(consent.status()).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(consent.validFrom()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(consent.expiresAt()).isEqualTo(Instant.parse("2027-06-23T22:00:00Z"));
        assertThat(registered.events()).singleElement().isInstanceOf(ConsentGiven.class);
    }

    @Test
    void aRevokedConsentCannotBeRevokedAgain() {
        Consent revoked = register(FIFTEEN_YEAR_OLD).consent()
                .revoke(SignerRole.GUARDIAN, "G-MOTHER01", "we want to stop", "handler-1", NOW).consent();

        assertThat(revoked.status()).isEqualTo(ConsentStatus.REVOKED);
        assertThatThrownBy(() -> revoked.revoke(SignerRole.YOUTH, null, "again", "handler-1", NOW))
                .isInstanceOf(IllegalConsentChange.class);
    }

    @Test
    void revokingAnnouncesWhoWithdrewButNotWhy() {
        ConsentChange change = register(FIFTEEN_YEAR_OLD).consent()
                .revoke(SignerRole.GUARDIAN, "G-FATHER01", "private family matters", "handler-1", NOW);

        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ConsentRevoked.class, revoked -> {
            assertThat(revoked.revokedBy()).isEqualTo("GUARDIAN");
            assertThat(revoked.toString()).doesNotContain("private family matters");
        });
    }

    @Test
    void aGuardianWithoutCustodyCannotWithdrawTheConsent() {
        Consent consent = register(FIFTEEN_YEAR_OLD).consent();

        assertThatThrownBy(() -> consent.revoke(SignerRole.GUARDIAN, "G-UNCLE001", "no", "handler-1", NOW))
                .isInstanceOfSatisfying(ConsentRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo("revoked-by-a-signer"));
    }

    @Test
    void aGuardianWhoWithdrawsTheConsentIsNamed() {
        Consent consent = register(FIFTEEN_YEAR_OLD).consent();

        assertThatThrownBy(() -> consent.revoke(SignerRole.GUARDIAN, null, "no", "handler-1", NOW))
                .isInstanceOfSatisfying(ConsentRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("revoked-by-a-signer");
                    assertThat(violation.field()).isEqualTo("guardianRef");
                });
    }

    @Test
    void closingTheCaseTearsUpAnActiveConsentOnce() {
        Consent consent = register(FIFTEEN_YEAR_OLD).consent();

        ConsentChange tornUp = consent.tearUp(NOW);
        ConsentChange again = tornUp.consent().tearUp(NOW.plusSeconds(60));

        assertThat(tornUp.consent().status()).isEqualTo(ConsentStatus.TORN_UP);
        assertThat(tornUp.events()).singleElement().isInstanceOf(ConsentTornUp.class);
        assertThat(again.changedAnything()).isFalse();
    }

    @Test
    void closingTheCaseTearsUpARevokedConsentTooAndTheRevocationStaysOnRecord() {
        Consent revoked = register(FIFTEEN_YEAR_OLD).consent()
                .revoke(SignerRole.GUARDIAN, "G-MOTHER01", "we stop", "handler-1", NOW).consent();

        ConsentChange tornUp = revoked.tearUp(NOW.plusSeconds(60));

        assertThat(tornUp.consent().status()).isEqualTo(ConsentStatus.TORN_UP);
        assertThat(tornUp.consent().revocation()).isEqualTo(revoked.revocation());
        assertThat(tornUp.consent().tornUpAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aConsentGivenBefore18EndsOnThe18thBirthdayUntilTheYouthReconfirmsIt() {
        Consent consent = register(TURNS_18_IN_MARCH).consent();

        assertThat(consent.expiresAt()).isEqualTo(Instant.parse("2027-03-01T23:00:00Z"));
        assertThat(consent.expiryCause()).isEqualTo(ExpiryCause.AWAITING_RECONFIRMATION);

        ConsentChange reconfirmed = consent.reconfirm(LocalDate.of(2027, 3, 5), Instant.parse("2027-03-05T10:00:00Z"));
        assertThat(reconfirmed.consent().expiresAt()).isEqualTo(Instant.parse("2027-06-23T22:00:00Z"));
        assertThat(reconfirmed.consent().expiryCause()).isEqualTo(ExpiryCause.VALID_UNTIL);
        assertThat(reconfirmed.events()).singleElement().isInstanceOf(ConsentReconfirmed.class);
    }

    @Test
    void aReconfirmationSignedBeforeThe18thBirthdayBreaksTheRule() {
        Consent consent = register(TURNS_18_IN_MARCH).consent();

        assertThatThrownBy(() -> consent.reconfirm(LocalDate.of(2027, 3, 1), Instant.parse("2027-03-05T10:00:00Z")))
                .isInstanceOfSatisfying(ConsentRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo("reconfirmed-at-18"));
    }

    @Test
    void expiryIsAnnouncedOnceAndOnlyAfterItHappened() {
        Consent consent = register(FIFTEEN_YEAR_OLD).consent();

        assertThat(consent.announceExpiry(consent.expiresAt().minusSeconds(1)).changedAnything()).isFalse();
        ConsentChange announced = consent.announceExpiry(consent.expiresAt());
        assertThat(announced.events()).singleElement().isInstanceOf(ConsentExpired.class);
        assertThat(announced.consent().announceExpiry(consent.expiresAt().plusSeconds(60)).changedAnything()).isFalse();
    }

    @Test
    void aNewScopeIsTheNextVersionAndMustBeSignedAgain() {
        Consent consent = register(FIFTEEN_YEAR_OLD).consent();

        ConsentChange changed = consent.changeScope(ConsentTermsMother.form().guardianSigned("G-MOTHER01")
                .guardianSigned("G-FATHER01")
                .agencies(se.sspf.contracts.Agency.SCHOOL, se.sspf.contracts.Agency.LEISURE).terms(), NOW);
        assertThat(changed.consent().version()).isEqualTo(2);
        assertThatThrownBy(() -> consent.changeScope(ConsentTermsMother.form().terms(), NOW))
                .isInstanceOf(ConsentRuleViolation.class);
    }

    private static ConsentChange register(LocalDate birthDate) {
        return Consent.register(UUID.randomUUID(), "2380", UUID.randomUUID(), "Y-7Q2M9X4K", birthDate,
                signedByGuardiansAndYouth(), NOW, "handler-1");
    }
}
