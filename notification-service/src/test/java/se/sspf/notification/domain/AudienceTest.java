package se.sspf.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;

class AudienceTest {

    @Test
    void anActionIsToldToThePersonNamedOrElseToEverybodyOfTheAgencyAndInvitedPersonsHaveNoAccount() {
        List<Member> members = List.of(new Member("anna", Agency.SCHOOL, "STAFF"),
                new Member("bo", Agency.SCHOOL, "STAFF"), new Member("sara", Agency.SOCIAL_SERVICES, "COORDINATOR"),
                new Member("P-COACH1", null, "INVITED"));

        assertThat(Audience.responsible(members, Agency.SCHOOL, "bo").users()).extracting(Member::ref)
                .containsExactly("bo");
        assertThat(Audience.responsible(members, Agency.SCHOOL, null).users()).extracting(Member::ref)
                .containsExactly("anna", "bo");
        assertThat(Audience.responsible(members, Agency.POLICE, null))
                .isEqualTo(new Audience(List.of(), Set.of(Agency.POLICE)));
        assertThat(Audience.of(members).users()).extracting(Member::ref).containsExactly("anna", "bo", "sara");
        assertThat(Audience.coordinators(members).users()).extracting(Member::ref).containsExactly("sara");
    }

    @Test
    void aReminderAlsoReachesTheNavigatorsOnceButNotTheirAgencysSystem() {
        List<Member> members = List.of(new Member("anna", Agency.SCHOOL, "STAFF"),
                new Member("nina", Agency.SOCIAL_SERVICES, "NAVIGATOR"),
                new Member("sara", Agency.SOCIAL_SERVICES, "COORDINATOR"));

        assertThat(Audience.reminded(members, Agency.SCHOOL, "anna"))
                .isEqualTo(new Audience(List.of(members.get(0), members.get(1)), Set.of(Agency.SCHOOL)));
        assertThat(Audience.reminded(members, Agency.SOCIAL_SERVICES, "nina").users()).extracting(Member::ref)
                .containsExactly("nina");
        assertThat(Audience.reminded(members, Agency.POLICE, null))
                .isEqualTo(new Audience(List.of(members.get(1)), Set.of(Agency.POLICE)));
    }
}
