package se.sspf.platform.consentgate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.consent.ConsentState;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.consent.ExpiryCause;

/**
 * How the view stores a youth's consent state so that a whole country fits in a service's heap: seven longs a
 * consent instead of a graph of some twenty objects (two UUIDs, two enum sets, three instants, the strings). A state
 * is packed without loss and unpacked into an equal {@link ConsentState} for the one rule to decide on, so the
 * decision is the rule's, unchanged. What the longs cannot hold exactly (a validity that is not whole seconds
 * between 1970 and 2106, a change time outside 1677–2262, a null, no consent at all) is kept as it came.
 *
 * <p>The municipality is stored as an index into a dictionary that only grows: a country has a few hundred.
 */
final class CompactConsentStates {

    private static final int WORDS_PER_CONSENT = 7;
    private static final int STATUS_BITS = bitsFor(ConsentStatus.values().length);
    private static final int CAUSE_BITS = bitsFor(ExpiryCause.values().length);
    private static final int AGENCY_BITS = Agency.values().length;
    private static final int CATEGORY_BITS = InformationCategory.values().length;
    private static final int MUNICIPALITY_BITS = 16;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long UNSIGNED_INT = 0xFFFF_FFFFL;

    static {
        if (32 + STATUS_BITS + CAUSE_BITS + AGENCY_BITS + CATEGORY_BITS + MUNICIPALITY_BITS > Long.SIZE) {
            throw new IllegalStateException("a consent's small fields no longer fit one long: change the packing");
        }
    }

    private final Map<String, Integer> municipalityIndexes = new ConcurrentHashMap<>();
    private final List<String> municipalities = new CopyOnWriteArrayList<>();

    /** The packed form, a {@code long[]}, or the state itself where it cannot be packed exactly. */
    Object pack(ConsentState state) {
        List<ConsentState.Entry> consents = state.consents();
        if (state.municipality() == null || consents == null || consents.isEmpty()) {
            return state;
        }
        int municipality = municipalityIndex(state.municipality());
        if (municipality >= 1 << MUNICIPALITY_BITS) {
            return state;
        }
        long[] words = new long[consents.size() * WORDS_PER_CONSENT];
        for (int i = 0; i < consents.size(); i++) {
            if (!pack(consents.get(i), municipality, words, i * WORDS_PER_CONSENT)) {
                return state;
            }
        }
        return words;
    }

    /** The state as it was applied; {@code stored} is what {@link #pack} returned for it. */
    ConsentState unpack(String youthRef, Object stored) {
        if (stored instanceof ConsentState state) {
            return state;
        }
        long[] words = (long[]) stored;
        int count = words.length / WORDS_PER_CONSENT;
        List<ConsentState.Entry> consents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            consents.add(unpack(words, i * WORDS_PER_CONSENT));
        }
        String municipality = municipalities.get((int) small(words[6], 32 + STATUS_BITS + CAUSE_BITS + AGENCY_BITS
                + CATEGORY_BITS, MUNICIPALITY_BITS));
        return new ConsentState(youthRef, municipality, Collections.unmodifiableList(consents));
    }

    private static boolean pack(ConsentState.Entry consent, int municipality, long[] words, int at) {
        if (consent.consentId() == null || consent.caseId() == null || consent.status() == null
                || consent.expiryCause() == null || !wholeSecondsSince1970(consent.validFrom())
                || !wholeSecondsSince1970(consent.expiresAt()) || !fitsNanos(consent.changedAt())) {
            return false;
        }
        long agencies = maskOf(consent.agencies());
        long categories = maskOf(consent.categories());
        if (agencies < 0 || categories < 0) {
            return false;
        }
        words[at] = consent.consentId().getMostSignificantBits();
        words[at + 1] = consent.consentId().getLeastSignificantBits();
        words[at + 2] = consent.caseId().getMostSignificantBits();
        words[at + 3] = consent.caseId().getLeastSignificantBits();
        words[at + 4] = consent.validFrom().getEpochSecond() << 32 | consent.expiresAt().getEpochSecond();
        words[at + 5] = consent.changedAt().getEpochSecond() * NANOS_PER_SECOND + consent.changedAt().getNano();
        int shift = 32;
        long small = consent.version() & UNSIGNED_INT;
        small |= (long) consent.status().ordinal() << shift;
        shift += STATUS_BITS;
        small |= (long) consent.expiryCause().ordinal() << shift;
        shift += CAUSE_BITS;
        small |= agencies << shift;
        shift += AGENCY_BITS;
        small |= categories << shift;
        shift += CATEGORY_BITS;
        small |= (long) municipality << shift;
        words[at + 6] = small;
        return true;
    }

    private static ConsentState.Entry unpack(long[] words, int at) {
        long small = words[at + 6];
        int shift = 32;
        ConsentStatus status = ConsentStatus.values()[(int) small(small, shift, STATUS_BITS)];
        shift += STATUS_BITS;
        ExpiryCause cause = ExpiryCause.values()[(int) small(small, shift, CAUSE_BITS)];
        shift += CAUSE_BITS;
        Set<Agency> agencies = setOf(Agency.class, small(small, shift, AGENCY_BITS));
        shift += AGENCY_BITS;
        Set<InformationCategory> categories = setOf(InformationCategory.class, small(small, shift, CATEGORY_BITS));
        long changedAt = words[at + 5];
        return new ConsentState.Entry(new UUID(words[at], words[at + 1]), (int) small,
                new UUID(words[at + 2], words[at + 3]), status, agencies, categories,
                Instant.ofEpochSecond(words[at + 4] >>> 32), Instant.ofEpochSecond(words[at + 4] & UNSIGNED_INT),
                cause, Instant.ofEpochSecond(Math.floorDiv(changedAt, NANOS_PER_SECOND),
                        Math.floorMod(changedAt, NANOS_PER_SECOND)));
    }

    private int municipalityIndex(String municipality) {
        // The name is in the list before its index can be in any packed state a reader finds.
        return municipalityIndexes.computeIfAbsent(municipality, name -> {
            municipalities.add(name);
            return municipalities.size() - 1;
        });
    }

    private static boolean wholeSecondsSince1970(Instant instant) {
        return instant != null && instant.getNano() == 0 && instant.getEpochSecond() >= 0
                && instant.getEpochSecond() <= UNSIGNED_INT;
    }

    private static boolean fitsNanos(Instant instant) {
        if (instant == null) {
            return false;
        }
        try {
            Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
            return true;
        } catch (ArithmeticException outside1677To2262) {
            return false;
        }
    }

    /** A bit per constant, by ordinal; -1 for a set that is null or holds a null. */
    private static <E extends Enum<E>> long maskOf(Set<E> values) {
        if (values == null) {
            return -1;
        }
        long mask = 0;
        for (E value : values) {
            if (value == null) {
                return -1;
            }
            mask |= 1L << value.ordinal();
        }
        return mask;
    }

    private static <E extends Enum<E>> Set<E> setOf(Class<E> type, long mask) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if ((mask & 1L << constant.ordinal()) != 0) {
                set.add(constant);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    private static long small(long word, int shift, int bits) {
        return word >>> shift & ((1L << bits) - 1);
    }

    private static int bitsFor(int constants) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(constants - 1));
    }
}
