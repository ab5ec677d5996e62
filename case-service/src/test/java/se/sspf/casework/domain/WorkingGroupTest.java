package se.sspf.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.casework.GroupKind;

class WorkingGroupTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final WorkingGroup EVERY_OTHER_WEEK = WorkingGroup.formed(UUID.randomUUID(), "2380",
            GroupKind.WORKING, "Norr", 14, 2, List.of(new GroupMember("lena", Agency.SOCIAL_SERVICES,
                    GroupRole.CONVENER), new GroupMember("ali", Agency.POLICE, GroupRole.MEMBER)));

    @Test
    void theNextMeetingIsMissingWhenNoneIsScheduledWithinTheIntervalAfterTheLastHeld() {
        Instant held = NOW.minus(days(3));

        assertThat(EVERY_OTHER_WEEK.nextMeetingMissing(List.of(), NOW)).isTrue();
        assertThat(EVERY_OTHER_WEEK.nextMeetingMissing(List.of(held), NOW)).isTrue();
        assertThat(EVERY_OTHER_WEEK.nextMeetingMissing(List.of(held, held.plus(days(14))), NOW)).isFalse();
        assertThat(EVERY_OTHER_WEEK.nextMeetingMissing(List.of(held, held.plus(days(15))), NOW)).isTrue();
        assertThat(EVERY_OTHER_WEEK.nextMeetingMissing(List.of(NOW.plus(days(14))), NOW)).isFalse();
    }

    @Test
    void casesAreRegisteredUntilTheDeadlineBeforeTheMeeting() {
        assertThat(EVERY_OTHER_WEEK.registrationDeadline(NOW)).isEqualTo(NOW.minus(days(2)));
    }

    @Test
    void aGroupIsConvenedBySocialServicesAndListsEachMemberOnce() {
        assertThatThrownBy(() -> WorkingGroup.formed(UUID.randomUUID(), "2380", GroupKind.WORKING, "Norr", 14, 2,
                List.of(new GroupMember("ali", Agency.POLICE, GroupRole.CONVENER))))
                .hasFieldOrPropertyWithValue("rule", "convener-from-social-services");
        assertThatThrownBy(() -> WorkingGroup.formed(UUID.randomUUID(), "2380", GroupKind.WORKING, "Norr", 14, 2,
                List.of(new GroupMember("ali", Agency.POLICE, GroupRole.MEMBER))))
                .hasFieldOrPropertyWithValue("rule", "group-has-a-convener");
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
