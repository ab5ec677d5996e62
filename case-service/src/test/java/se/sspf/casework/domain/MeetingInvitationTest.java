package se.sspf.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.casework.RiskIndicator;

/** Who a meeting about the youth is held with: the rules of {@link SspfCase} for meetings and invitations. */
class MeetingInvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Participant TEACHER = new Participant("teacher-1", Agency.SCHOOL, ParticipantRole.STAFF);
    private static final Participant SOCIAL_WORKER = new Participant("social-1", Agency.SOCIAL_SERVICES,
            ParticipantRole.STAFF);
    private static final Participant OFFICER = new Participant("officer-1", Agency.POLICE, ParticipantRole.STAFF);
    private static final Participant COACH = new Participant("P-COACH001", null, ParticipantRole.INVITED);

    @Test
    void meetingsAreHeldOnlyWhileTheCaseIsUnderWay() {
        SspfCase offered = offered();

        assertThatThrownBy(offered::requireUnderWayForMeetings).isInstanceOf(IllegalCaseTransition.class);
        assertThatCode(active(offered)::requireUnderWayForMeetings).doesNotThrowAnyException();
        assertThatThrownBy(active(offered).close("done", true, NOW).sspfCase()::requireUnderWayForMeetings)
                .isInstanceOf(IllegalCaseTransition.class);
    }

    @Test
    void anAgencyIsInvitedOnlyWhereTheConsentLetsTheInvitingAgencyShareWithIt() {
        SspfCase active = active(offered());

        assertThatThrownBy(() -> active.requireInviteeCovered("officer-1", Agency.SCHOOL, agency -> false))
                .isInstanceOfSatisfying(CaseRuleViolation.class,
                        violation -> assertThat(violation.rule())
                                .isEqualTo("invitee-covered-by-consent"));
        assertThatCode(() -> active.requireInviteeCovered("officer-1", Agency.SCHOOL,
                agency -> agency == Agency.POLICE))
                .doesNotThrowAnyException();
        assertThatCode(() -> active.requireInviteeCovered("officer-1", Agency.POLICE, agency -> false))
                .doesNotThrowAnyException();
    }

    @Test
    void aPersonInvitedByNameIsCoveredAndSomeoneOutsideTheCaseIsNot() {
        SspfCase active = active(offered());

        assertThatCode(() -> active.requireInviteeCovered("P-COACH001", Agency.SCHOOL, agency -> false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> active.requireInviteeCovered("stranger-1", Agency.SCHOOL, agency -> true))
                .isInstanceOfSatisfying(CaseRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("invitee-takes-part"));
    }

    @Test
    void nothingIsRecordedInACaseThatIsClosedOrWasDeclined() {
        SspfCase declined = SspfCase.propose(UUID.randomUUID(), "2380", "SSPF-2026-0002", "Y-2",
                Set.of(RiskIndicator.HIGH_SCHOOL_ABSENCE), TEACHER, NOW).sspfCase()
                .decide(false, "other help", SOCIAL_WORKER, NOW).sspfCase();

        assertThatThrownBy(declined::requireOpenForRecords).isInstanceOf(IllegalCaseTransition.class);
        assertThatCode(offered()::requireOpenForRecords).doesNotThrowAnyException();
    }

    private static SspfCase offered() {
        return SspfCase.propose(UUID.randomUUID(), "2380", "SSPF-2026-0001", "Y-1",
                Set.of(RiskIndicator.HIGH_SCHOOL_ABSENCE), TEACHER, NOW).sspfCase()
                .decide(true, "fits", SOCIAL_WORKER, NOW).sspfCase();
    }

    private static SspfCase active(SspfCase offered) {
        SspfCase active = offered.activate(UUID.randomUUID(), NOW).sspfCase();
        return active.addParticipant(OFFICER, NOW).sspfCase().addParticipant(COACH, NOW).sspfCase();
    }
}
