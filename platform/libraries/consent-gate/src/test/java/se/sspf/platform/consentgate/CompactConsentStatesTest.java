package se.sspf.platform.consentgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ExpiryCause;
import se.sspf.platform.consentrules.ShareQuestion;
import se.sspf.platform.consentrules.ShareRules;

class CompactConsentStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:15:30.123456Z");
    private static final String[] MUNICIPALITIES = {"2380", "0180", "1480", "2584"};

    private final Random random = new Random(25);

    @Test
    void theViewDecidesEveryQuestionAsTheRuleDoesOnTheStateAsPublished() {
        ConsentStateView view = new ConsentStateView();
        List<ConsentState> published = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ConsentState state = randomState("Y-RANDOM" + i);
            published.add(state);
            view.apply(state);
        }
        int permits = 0;
        for (int i = 0; i < 50_000; i++) {
            ConsentState state = published.get(random.nextInt(published.size()));
            ShareQuestion question = randomQuestion(state);
            Instant now = NOW.plus(random.nextInt(400) - 200, ChronoUnit.DAYS).plusNanos(random.nextInt(1_000_000));
            ConsentState known = question.youthRef().equals(state.youthRef()) ? state : null;
            var asPublished = ShareRules.decide(known, question, now);
            assertThat(ShareRules.decide(view.stateOf(question.youthRef()), question, now))
                    .as("%s asked of %s at %s", question, state, now).isEqualTo(asPublished);
            permits += asPublished.permitted() ? 1 : 0;
        }
        // Not a test of one verdict only: the mix permits and denies.
        assertThat(permits).isBetween(2_000, 48_000);
    }

    @Test
    void theViewGivesBackEveryStateAsItWasApplied() {
        ConsentStateView view = new ConsentStateView();
        for (int i = 0; i < 5_000; i++) {
            ConsentState state = randomState("Y-RANDOM" + i);
            view.apply(state);
            assertThat(view.stateOf(state.youthRef())).isEqualTo(state);
        }
    }

    @Test
    void aStateAsConsentServicePublishesItIsPackedIntoSevenLongsAConsent() {
        ConsentState state = new ConsentState("Y-ONEYOUTH", "2380", List.of(entry(ConsentStatus.ACTIVE,
                Instant.parse("2026-01-14T23:00:00Z"), Instant.parse("2027-01-14T23:00:00Z"),
                Instant.parse("2026-01-15T08:31:12.345678Z")), entry(ConsentStatus.REVOKED,
                Instant.parse("2025-01-14T23:00:00Z"), Instant.parse("2026-01-14T23:00:00Z"),
                Instant.parse("2025-06-01T12:00:00.000001Z"))));

        assertThat(new CompactConsentStates().pack(state)).isInstanceOf(long[].class)
                .satisfies(words -> assertThat(((long[]) words)).hasSize(14));
    }

    @Test
    void whatTheLongsCannotHoldExactlyIsKeptAsItCame() {
        CompactConsentStates compact = new CompactConsentStates();
        Instant day = Instant.parse("2026-01-14T23:00:00Z");
        List<ConsentState> unusual = List.of(
                new ConsentState("Y-NOCONSENT", "2380", List.of()),
                stateWith(entry(ConsentStatus.ACTIVE, day.plusMillis(1), day.plusSeconds(86_400), day)),
                stateWith(entry(ConsentStatus.ACTIVE, day, Instant.parse("2300-01-01T00:00:00Z"), day)),
                stateWith(entry(ConsentStatus.ACTIVE, Instant.parse("1969-12-31T23:00:00Z"), day, day)),
                stateWith(entry(ConsentStatus.ACTIVE, day, day.plusSeconds(86_400), Instant.parse("2300-01-01T00:00:00Z"))),
                stateWith(entry(null, day, day.plusSeconds(86_400), day)));

        for (ConsentState state : unusual) {
            Object stored = compact.pack(state);
            assertThat(stored).as("%s", state).isSameAs(state);
            assertThat(compact.unpack(state.youthRef(), stored)).isEqualTo(state);
        }
    }

    private ConsentState randomState(String youthRef) {
        int consents = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        List<ConsentState.Entry> entries = new ArrayList<>();
        for (int i = 0; i < consents; i++) {
            Instant validFrom = NOW.truncatedTo(ChronoUnit.DAYS).plus(random.nextInt(600) - 400, ChronoUnit.DAYS)
                    .minusSeconds(3_600);
            Instant expiresAt = validFrom.plus(random.nextInt(400), ChronoUnit.DAYS);
            if (random.nextInt(50) == 0) {
                expiresAt = expiresAt.plusNanos(1 + random.nextInt(999_999_999));
            }
            entries.add(new ConsentState.Entry(UUID.randomUUID(), 1 + random.nextInt(5), UUID.randomUUID(),
                    ConsentStatus.values()[random.nextInt(ConsentStatus.values().length)],
                    randomSubset(Agency.class), randomSubset(InformationCategory.class), validFrom, expiresAt,
                    ExpiryCause.values()[random.nextInt(ExpiryCause.values().length)],
                    validFrom.plusNanos(random.nextLong(86_400_000_000_000L)).truncatedTo(ChronoUnit.MICROS)));
        }
        return new ConsentState(youthRef, MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)], entries);
    }

    private ShareQuestion randomQuestion(ConsentState state) {
        String youthRef = random.nextInt(20) == 0 ? "Y-NEVERHEARD" + random.nextInt(100) : state.youthRef();
        String municipality = random.nextInt(10) == 0 ? MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)]
                : state.municipality();
        return new ShareQuestion(municipality, youthRef, pick(Agency.values()), pick(Agency.values()),
                pick(InformationCategory.values()));
    }

    // As Jackson reads them from the topic: hash sets, mostly covering most agencies and categories.
    private <E extends Enum<E>> Set<E> randomSubset(Class<E> type) {
        Set<E> subset = new HashSet<>();
        for (E constant : EnumSet.allOf(type)) {
            if (random.nextInt(4) != 0) {
                subset.add(constant);
            }
        }
        return subset;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static ConsentState stateWith(ConsentState.Entry entry) {
        return new ConsentState("Y-UNUSUAL", "2380", List.of(entry));
    }

    private static ConsentState.Entry entry(ConsentStatus status, Instant validFrom, Instant expiresAt,
                                            Instant changedAt) {
        return new ConsentState.Entry(UUID.randomUUID(), 2, UUID.randomUUID(), status,
                Set.of(Agency.SCHOOL, Agency.POLICE), Set.of(InformationCategory.SCHOOL_OCCUPATION), validFrom,
                expiresAt, ExpiryCause.VALID_UNTIL, changedAt);
    }
}
