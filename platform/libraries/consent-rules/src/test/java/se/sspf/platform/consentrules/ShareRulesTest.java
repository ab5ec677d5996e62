package se.sspf.platform.consentrules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sspf.platform.consentrules.ConsentStateMother.MUNICIPALITY;
import static se.sspf.platform.consentrules.ConsentStateMother.NOW;
import static se.sspf.platform.consentrules.ConsentStateMother.YOUTH;
import static se.sspf.platform.consentrules.ConsentStateMother.stateOf;
import static se.sspf.platform.consentrules.ConsentStateMother.validBetween;
import static se.sspf.platform.consentrules.ConsentStateMother.validForPoliceAndSchool;
import static se.sspf.platform.consentrules.ConsentStateMother.withStatus;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ExpiryCause;
import se.sspf.contracts.consent.ShareVerdict;

class ShareRulesTest {

    private static final ShareQuestion POLICE_READS_SCHOOL_NOTES =
            new ShareQuestion(MUNICIPALITY, YOUTH, Agency.SCHOOL, Agency.POLICE, InformationCategory.SCHOOL_OCCUPATION);

    @Test
    void aValidConsentCoveringBothAgenciesAndTheCategoryPermitsAndNamesItself() {
        ConsentState.Entry consent = validForPoliceAndSchool();

        ShareDecision decision = ShareRules.decide(stateOf(consent), POLICE_READS_SCHOOL_NOTES, NOW);

        assertThat(decision.verdict()).isEqualTo(ShareVerdict.PERMIT_CONSENT);
        assertThat(decision.consentId()).isEqualTo(consent.consentId());
        assertThat(decision.consentVersion()).isEqualTo(1);
    }

    @Test
    void anAgencyAlwaysSeesWhatItRecordedItselfEvenWithoutConsent() {
        ShareQuestion schoolReadsOwn = new ShareQuestion(MUNICIPALITY, YOUTH, Agency.SCHOOL, Agency.SCHOOL,
                InformationCategory.HEALTH);

        assertThat(ShareRules.decide(null, schoolReadsOwn, NOW).verdict()).isEqualTo(ShareVerdict.PERMIT_OWN_AGENCY);
    }

    @Test
    void withoutAnyConsentTheShareIsDenied() {
        assertThat(ShareRules.decide(null, POLICE_READS_SCHOOL_NOTES, NOW).verdict())
                .isEqualTo(ShareVerdict.NO_CONSENT);
        assertThat(ShareRules.decide(stateOf(), POLICE_READS_SCHOOL_NOTES, NOW).verdict())
                .isEqualTo(ShareVerdict.NO_CONSENT);
    }

    @Test
    void aConsentOfAnotherMunicipalityDoesNotReachAcross() {
        ShareQuestion elsewhere = new ShareQuestion("1280", YOUTH, Agency.SCHOOL, Agency.POLICE,
                InformationCategory.SCHOOL_OCCUPATION);

        assertThat(ShareRules.decide(stateOf(validForPoliceAndSchool()), elsewhere, NOW).verdict())
                .isEqualTo(ShareVerdict.NO_CONSENT);
    }

    @Test
    void aRevokedConsentDeniesPoliceReadOfSchoolNotes() {
        ConsentState state = stateOf(withStatus(validForPoliceAndSchool(), ConsentStatus.REVOKED));

        assertThat(ShareRules.decide(state, POLICE_READS_SCHOOL_NOTES, NOW).verdict()).isEqualTo(ShareVerdict.REVOKED);
    }

    @Test
    void aConsentTornUpWhenTheCaseClosedDenies() {
        ConsentState state = stateOf(withStatus(validForPoliceAndSchool(), ConsentStatus.TORN_UP));

        assertThat(ShareRules.decide(state, POLICE_READS_SCHOOL_NOTES, NOW).verdict()).isEqualTo(ShareVerdict.TORN_UP);
    }

    @Test
    void aConsentIsNotReliedOnBeforeItsFirstDay() {
        ConsentState state = stateOf(validBetween(validForPoliceAndSchool(), NOW.plusSeconds(1),
                NOW.plusSeconds(86_400), ExpiryCause.VALID_UNTIL));

        assertThat(ShareRules.decide(state, POLICE_READS_SCHOOL_NOTES, NOW).verdict())
                .isEqualTo(ShareVerdict.NOT_YET_VALID);
    }

    @Test
    void anExpiredConsentDeniesFromTheInstantItExpiresWithoutAnyEvent() {
        ConsentState state = stateOf(validBetween(validForPoliceAndSchool(), NOW.minusSeconds(86_400), NOW,
                ExpiryCause.VALID_UNTIL));

        assertThat(ShareRules.decide(state, POLICE_READS_SCHOOL_NOTES, NOW.minusNanos(1000)).verdict())
                .isEqualTo(ShareVerdict.PERMIT_CONSENT);
        assertThat(ShareRules.decide(state, POLICE_READS_SCHOOL_NOTES, NOW).verdict()).isEqualTo(ShareVerdict.EXPIRED);
    }

    @Test
    void aConsentGivenBeforeThe18thBirthdayDeniesAfterItUntilTheYouthReconfirms() {
        ConsentState state = stateOf(validBetween(validForPoliceAndSchool(), NOW.minusSeconds(86_400), NOW,
                ExpiryCause.AWAITING_RECONFIRMATION));

        assertThat(ShareRules.decide(state, POLICE_READS_SCHOOL_NOTES, NOW).verdict())
                .isEqualTo(ShareVerdict.RECONFIRMATION_REQUIRED);
    }

    @Test
    void aReaderAgencyOutsideTheScopeIsDenied() {
        ShareQuestion leisureReads = new ShareQuestion(MUNICIPALITY, YOUTH, Agency.SCHOOL, Agency.LEISURE,
                InformationCategory.SCHOOL_OCCUPATION);

        assertThat(ShareRules.decide(stateOf(validForPoliceAndSchool()), leisureReads, NOW).verdict())
                .isEqualTo(ShareVerdict.AGENCY_NOT_COVERED);
    }

    @Test
    void anOwnerAgencyOutsideTheScopeIsDenied() {
        ShareQuestion fromLeisure = new ShareQuestion(MUNICIPALITY, YOUTH, Agency.LEISURE, Agency.POLICE,
                InformationCategory.SCHOOL_OCCUPATION);

        assertThat(ShareRules.decide(stateOf(validForPoliceAndSchool()), fromLeisure, NOW).verdict())
                .isEqualTo(ShareVerdict.AGENCY_NOT_COVERED);
    }

    @Test
    void aCategoryOutsideTheScopeIsDenied() {
        ShareQuestion health = new ShareQuestion(MUNICIPALITY, YOUTH, Agency.SCHOOL, Agency.POLICE,
                InformationCategory.HEALTH);

        assertThat(ShareRules.decide(stateOf(validForPoliceAndSchool()), health, NOW).verdict())
                .isEqualTo(ShareVerdict.CATEGORY_NOT_COVERED);
    }

    @Test
    void aNewValidConsentPermitsAlthoughAnOlderOneWasRevoked() {
        ConsentState.Entry revoked = withStatus(validForPoliceAndSchool(), ConsentStatus.REVOKED);
        ConsentState.Entry renewed = validForPoliceAndSchool();

        ShareDecision decision = ShareRules.decide(stateOf(revoked, renewed), POLICE_READS_SCHOOL_NOTES, NOW);

        assertThat(decision.verdict()).isEqualTo(ShareVerdict.PERMIT_CONSENT);
        assertThat(decision.consentId()).isEqualTo(renewed.consentId());
    }

    @Test
    void whenEveryConsentDeniesTheReasonIsTheMostRecentlyChangedOnes() {
        ConsentState.Entry olderExpired = validBetween(validForPoliceAndSchool(), NOW.minusSeconds(900_000),
                NOW.minusSeconds(800_000), ExpiryCause.VALID_UNTIL);
        ConsentState.Entry newlyRevoked = withStatus(validForPoliceAndSchool(), ConsentStatus.REVOKED);

        ShareDecision decision = ShareRules.decide(stateOf(olderExpired, newlyRevoked), POLICE_READS_SCHOOL_NOTES, NOW);

        assertThat(decision.verdict()).isEqualTo(ShareVerdict.REVOKED);
        assertThat(decision.consentId()).isEqualTo(newlyRevoked.consentId());
    }
}
