package se.sspf.systembenchmark.nationalscale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ExpiryCause;
import se.sspf.contracts.time.SwedishTime;

/**
 * A country's consent states as consent-service would publish them, in topic order: most youths with one consent,
 * some with two or three (an ended one beside a new one, two cases); active, revoked, torn up by a closed case,
 * expired, awaiting the youth's reconfirmation at 18, not yet valid; scopes changed into later versions, and for some
 * youths the state before the latest change still on the topic, as it is until the cleaner compacts it away.
 * Validity runs from and to midnight in Sweden, as consent-service computes it; change times are in microseconds, as
 * PostgreSQL keeps them. The same seed gives the same country.
 */
public final class CountryOfConsents {

    /** About Sweden's municipalities. */
    private static final int MUNICIPALITIES = 290;

    private final Random random;
    private final LocalDate today;

    public CountryOfConsents(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** The reference of the youth at {@code index}, as long as case-service's ("Y-" and ten characters). */
    public static String youthRef(int index) {
        return "Y-N" + String.format("%09d", index);
    }

    /** The municipality of the youth at {@code index}: youths spread evenly over the country's. */
    public static String municipalityOf(int index) {
        return String.format("%04d", 114 + index % MUNICIPALITIES * 8);
    }

    /** Every state of {@code youths} youths, an earlier one first where the youth has one. */
    public void publish(int youths, Consumer<ConsentState> topic) {
        for (int index = 0; index < youths; index++) {
            String municipality = municipalityOf(index);
            List<ConsentState.Entry> consents = new ArrayList<>();
            int count = roll(75) ? 1 : roll(80) ? 2 : 3;
            for (int i = 0; i < count; i++) {
                consents.add(consent());
            }
            ConsentState latest = new ConsentState(youthRef(index), municipality, consents);
            if (roll(15)) {
                topic.accept(before(latest));
            }
            topic.accept(latest);
        }
    }

    private ConsentState.Entry consent() {
        LocalDate signed = today.minusDays(random.nextInt(730));
        LocalDate until = signed.plusMonths(6 + random.nextInt(19));
        int kind = random.nextInt(100);
        ConsentStatus status = kind < 12 ? ConsentStatus.REVOKED : kind < 22 ? ConsentStatus.TORN_UP
                : ConsentStatus.ACTIVE;
        if (kind >= 22 && kind < 30) {
            signed = today.plusDays(1 + random.nextInt(14));
            until = signed.plusMonths(12);
        }
        ExpiryCause cause = roll(10) ? ExpiryCause.AWAITING_RECONFIRMATION : ExpiryCause.VALID_UNTIL;
        Instant changedAt = startOf(signed).plusNanos(random.nextLong(86_400_000_000L) * 1_000);
        return new ConsentState.Entry(new UUID(random.nextLong(), random.nextLong()), 1 + (roll(20) ? 1 : 0),
                new UUID(random.nextLong(), random.nextLong()), status, agencies(), categories(), startOf(signed),
                startOf(until.plusDays(1)), cause, changedAt);
    }

    /** The same consents a scope change earlier: the previous version, still active. */
    private ConsentState before(ConsentState latest) {
        return new ConsentState(latest.youthRef(), latest.municipality(), latest.consents().stream()
                .map(consent -> new ConsentState.Entry(consent.consentId(), Math.max(1, consent.version() - 1),
                        consent.caseId(), ConsentStatus.ACTIVE, consent.agencies(), consent.categories(),
                        consent.validFrom(), consent.expiresAt(), consent.expiryCause(),
                        consent.changedAt().minusSeconds(86_400)))
                .toList());
    }

    private Set<Agency> agencies() {
        Set<Agency> agencies = EnumSet.of(Agency.SOCIAL_SERVICES);
        for (Agency agency : Agency.values()) {
            if (roll(60)) {
                agencies.add(agency);
            }
        }
        return agencies;
    }

    private Set<InformationCategory> categories() {
        Set<InformationCategory> categories = EnumSet.of(InformationCategory.SCHOOL_OCCUPATION);
        for (InformationCategory category : InformationCategory.values()) {
            if (roll(40)) {
                categories.add(category);
            }
        }
        return categories;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    private boolean roll(int percent) {
        return random.nextInt(100) < percent;
    }
}
