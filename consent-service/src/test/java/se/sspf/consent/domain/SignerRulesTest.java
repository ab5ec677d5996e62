package se.sspf.consent.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.sspf.consent.domain.ConsentTermsMother.FIFTEEN_YEAR_OLD;
import static se.sspf.consent.domain.ConsentTermsMother.NINETEEN_YEAR_OLD;
import static se.sspf.consent.domain.ConsentTermsMother.TODAY;
import static se.sspf.consent.domain.ConsentTermsMother.form;
import static se.sspf.consent.domain.ConsentTermsMother.signedByGuardiansAndYouth;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.sspf.contracts.Agency;

class SignerRulesTest {

    @Test
    void underEighteenBothGuardiansWithCustodyAndTheYouthSuffice() {
        assertThatCode(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, signedByGuardiansAndYouth()))
                .doesNotThrowAnyException();
    }

    @Test
    void underEighteenAGuardianWithCustodyWhoHasNotSignedBreaksTheRule() {
        ConsentTerms onlyMother = form().guardianSigned("G-MOTHER01").terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, onlyMother), "guardians-with-custody-sign",
                "signatures")
                .hasMessageContaining("G-FATHER01");
    }

    @Test
    void underEighteenWithNoGuardianNamedAndNoAssessmentBreaksTheRule() {
        ConsentTerms noGuardians = form().custody().terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, noGuardians), "guardians-with-custody-sign",
                "guardiansWithCustody");
    }

    @Test
    void theYouthMustSignEvenWhenTheGuardiansHave() {
        ConsentTerms guardiansOnly = form().withoutSignatures().guardianSigned("G-MOTHER01")
                .guardianSigned("G-FATHER01").terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, guardiansOnly), "youth-signs", "signatures");
    }

    @Test
    void underEighteenSocialServicesAssessmentOfMaturityLetsTheYouthsOwnConsentSuffice() {
        ConsentTerms youthAloneAssessed = form().assessedMatureBy(Agency.SOCIAL_SERVICES).terms();

        assertThatCode(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, youthAloneAssessed)).doesNotThrowAnyException();
    }

    @Test
    void aMaturityAssessmentByAnyoneButSocialServicesDoesNotCount() {
        ConsentTerms assessedBySchool = form().assessedMatureBy(Agency.SCHOOL).terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, assessedBySchool),
                "maturity-assessed-by-social-services", "maturityAssessment.agency");
    }

    @Test
    void onlyAGuardianWithCustodySignsForTheYouth() {
        ConsentTerms uncle = form().guardianSigned("G-MOTHER01").guardianSigned("G-FATHER01")
                .guardianSigned("G-UNCLE001").terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, uncle), "signing-guardian-has-custody",
                "signatures");
    }

    @Test
    void aGuardiansSignatureNamesTheGuardian() {
        ConsentTerms unnamed = form().guardianSigned("G-MOTHER01").guardianSigned(null).terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, unnamed), "signing-guardian-is-named",
                "signatures[2].guardianRef");
    }

    @Test
    void fromEighteenTheYouthConsentsAlone() {
        assertThatCode(() -> SignerRules.check(NINETEEN_YEAR_OLD, TODAY, form().custody().terms()))
                .doesNotThrowAnyException();
    }

    @Test
    void fromEighteenAGuardiansSignatureBreaksTheRule() {
        ConsentTerms withMother = form().custody("G-MOTHER01").guardianSigned("G-MOTHER01").terms();

        assertBroken(() -> SignerRules.check(NINETEEN_YEAR_OLD, TODAY, withMother), "adult-consents-alone",
                "signatures");
    }

    @Test
    void aSignatureDatedAfterTodayBreaksTheRule() {
        ConsentTerms tomorrow = form().withoutSignatures().terms();
        ConsentTerms signedTomorrow = new ConsentTerms(tomorrow.agencies(), tomorrow.invitedPersons(),
                tomorrow.categories(), tomorrow.validFrom(), tomorrow.validUntil(), tomorrow.guardiansWithCustody(),
                java.util.List.of(new Signature(SignerRole.YOUTH, null, TODAY.plusDays(1))), null, tomorrow.handler(),
                tomorrow.signedFormRef(), false);

        assertBroken(() -> SignerRules.check(NINETEEN_YEAR_OLD, TODAY, signedTomorrow), "signed-before-registration",
                "signatures");
    }

    @Test
    void aValidUntilBeforeValidFromBreaksTheRule() {
        ConsentTerms backwards = form().valid(TODAY.plusDays(10), TODAY.plusDays(5)).guardianSigned("G-MOTHER01")
                .guardianSigned("G-FATHER01").terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, backwards), "validity-period", "validUntil");
    }

    @Test
    void aValidUntilAlreadyPassedBreaksTheRule() {
        ConsentTerms past = form().valid(TODAY.minusDays(30), TODAY.minusDays(1)).guardianSigned("G-MOTHER01")
                .guardianSigned("G-FATHER01").terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, past), "validity-period", "validUntil");
    }

    @Test
    void aScopeWithOneAgencyHasNobodyToShareWith() {
        ConsentTerms lonely = form().agencies(Agency.POLICE).guardianSigned("G-MOTHER01").guardianSigned("G-FATHER01")
                .terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, lonely), "scope-names-two-agencies",
                "scope.agencies");
    }

    @Test
    void aScopeWithoutCategoriesSharesNothing() {
        ConsentTerms empty = form().categories().guardianSigned("G-MOTHER01").guardianSigned("G-FATHER01").terms();

        assertBroken(() -> SignerRules.check(FIFTEEN_YEAR_OLD, TODAY, empty), "scope-names-a-category",
                "scope.categories");
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        assertBroken(() -> SignerRules.check(TODAY.plusDays(1), TODAY, signedByGuardiansAndYouth()),
                "birth-date-in-the-past", "youthBirthDate");
    }

    private static AbstractThrowableAssert<?,
            ? extends Throwable> assertBroken(Executable check, String rule, String field) {
        return assertThatThrownBy(check::execute)
                .isInstanceOfSatisfying(ConsentRuleViolation.class, violation -> {
                    org.assertj.core.api.Assertions.assertThat(violation.rule()).isEqualTo(rule);
                    org.assertj.core.api.Assertions.assertThat(violation.field()).isEqualTo(field);
                });
    }
}
