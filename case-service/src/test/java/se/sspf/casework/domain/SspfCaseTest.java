package se.sspf.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.casework.CaseActivated;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.CaseStatus;
import se.sspf.contracts.casework.RiskIndicator;

class SspfCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Participant TEACHER = new Participant("teacher-1", Agency.SCHOOL, ParticipantRole.STAFF);
    private static final Participant SOCIAL_WORKER = new Participant("social-1", Agency.SOCIAL_SERVICES,
            ParticipantRole.STAFF);

    @Test
    void aProposedCaseIsOfferedThenActivatedByAConsentThenClosed() {
        SspfCase proposed = propose();
        SspfCase offered = proposed.decide(true, "fits SSPF", SOCIAL_WORKER, NOW).sspfCase();
        UUID consent = UUID.randomUUID();
        CaseChange activated = offered.activate(consent, NOW);
        CaseChange closed = activated.sspfCase().close("goals reached", true, NOW);

        assertThat(offered.status()).isEqualTo(CaseStatus.AWAITING_CONSENT);
        assertThat(offered.participants()).extracting(Participant::role).contains(ParticipantRole.COORDINATOR);
        assertThat(activated.events()).singleElement().isInstanceOf(CaseActivated.class);
        assertThat(closed.sspfCase().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.events()).singleElement().isInstanceOf(CaseClosed.class);
    }

    @Test
    void onlySocialServicesDecides() {
        assertThatThrownBy(() -> propose().decide(true, "yes", TEACHER, NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo("social-services-decides"));
    }

    @Test
    void aDeclinedCaseIsNotActivatedByAConsentAndCannotBeClosed() {
        SspfCase declined = propose().decide(false, "other help fits better", SOCIAL_WORKER, NOW).sspfCase();

        assertThat(declined.status()).isEqualTo(CaseStatus.DECLINED);
        assertThat(declined.activate(UUID.randomUUID(), NOW).sspfCase().status()).isEqualTo(CaseStatus.DECLINED);
        assertThatThrownBy(() -> declined.close("x", false, NOW)).isInstanceOf(IllegalCaseTransition.class);
    }

    @Test
    void identityIsAttachedOnlyOnceAConsentExists() {
        SspfCase offered = propose().decide(true, "fits", SOCIAL_WORKER, NOW).sspfCase();

        assertThatThrownBy(() -> offered.identify(NOW)).isInstanceOf(IllegalCaseTransition.class);
        assertThat(offered.activate(UUID.randomUUID(), NOW).sspfCase().identify(NOW).sspfCase().identified()).isTrue();
    }

    @Test
    void theSameConsentActivatesOnceEvenWhenItsEventComesTwice() {
        UUID consent = UUID.randomUUID();
        SspfCase active = propose().decide(true, "fits", SOCIAL_WORKER, NOW).sspfCase().activate(consent, NOW)
                .sspfCase();

        assertThat(active.activate(consent, NOW).events()).isEmpty();
    }

    @Test
    void aProposalNamesARiskIndicator() {
        assertThatThrownBy(() -> SspfCase.propose(UUID.randomUUID(), "2380", "SSPF-ABC123", "Y-ABCDEF12", Set.of(),
                TEACHER, NOW))
                .isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void aNewerConsentForAnActiveCaseReplacesTheOneItReliesOnWithoutAnEvent() {
        SspfCase active = propose().decide(true, "fits", SOCIAL_WORKER, NOW).sspfCase().activate(UUID.randomUUID(), NOW)
                .sspfCase();
        UUID newer = UUID.randomUUID();

        CaseChange renewed = active.activate(newer, NOW);

        assertThat(renewed.sspfCase().consentId()).isEqualTo(newer);
        assertThat(renewed.events()).isEmpty();
    }

    @Test
    void aSocialWorkerWhoProposedAndThenOffersBecomesTheCoordinator() {
        SspfCase proposedBySocialServices = SspfCase.propose(UUID.randomUUID(), "2380", "SSPF-ABC123", "Y-ABCDEF12",
                Set.of(RiskIndicator.OTHER), SOCIAL_WORKER, NOW).sspfCase();

        SspfCase offered = proposedBySocialServices.decide(true, "fits", SOCIAL_WORKER, NOW).sspfCase();

        assertThat(offered.participants()).singleElement().extracting(Participant::role)
                .isEqualTo(ParticipantRole.COORDINATOR);
    }

    @Test
    void anInvitedPersonIsAPReferenceOfNoAgency() {
        assertThatThrownBy(() -> new Participant("officer-1", null, ParticipantRole.INVITED))
                .isInstanceOf(CaseRuleViolation.class);
        assertThatThrownBy(() -> new Participant("P-COACH001", Agency.POLICE, ParticipantRole.INVITED))
                .isInstanceOf(CaseRuleViolation.class);
        assertThatThrownBy(() -> new Participant("officer-1", null, ParticipantRole.STAFF))
                .isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void anInvitedPersonHasNoDutyOfConfidentiality() {
        assertThat(new Participant("P-COACH001", null, ParticipantRole.INVITED).dutyOfConfidentiality()).isFalse();
        assertThat(TEACHER.dutyOfConfidentiality()).isTrue();
    }

    private static SspfCase propose() {
        return SspfCase.propose(UUID.randomUUID(), "2380", "SSPF-ABC123", "Y-ABCDEF12",
                Set.of(RiskIndicator.HIGH_SCHOOL_ABSENCE), TEACHER, NOW).sspfCase();
    }
}
