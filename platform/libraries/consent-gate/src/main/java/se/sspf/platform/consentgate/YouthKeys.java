package se.sspf.platform.consentgate;

import java.util.Arrays;

/**
 * The view's key for a youth. case-service's references ("Y-" and ten letters, digits or dashes) fit in one long,
 * held by a {@code Long} of 16 bytes where the {@code String} takes 56: at a country's million youths that is 40 MB
 * of a service's heap. Any other reference is its own key. Two references have equal keys exactly when they are
 * equal: a packed key holds the length and each character's place in the alphabet, and is never a String.
 */
final class YouthKeys {

    private static final String PREFIX = "Y-";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-";
    private static final int BITS_PER_CHARACTER = 6;
    /** Ten characters of six bits and their count in the four bits left. */
    private static final int MOST_CHARACTERS = 10;
    private static final int[] PLACES = new int[128];

    static {
        Arrays.fill(PLACES, -1);
        for (int place = 0; place < ALPHABET.length(); place++) {
            PLACES[ALPHABET.charAt(place)] = place;
        }
    }

    private YouthKeys() {
    }

    static Object of(String youthRef) {
        int characters = youthRef.length() - PREFIX.length();
        if (characters < 1 || characters > MOST_CHARACTERS || !youthRef.startsWith(PREFIX)) {
            return youthRef;
        }
        long packed = characters;
        for (int i = PREFIX.length(); i < youthRef.length(); i++) {
            char character = youthRef.charAt(i);
            int place = character < PLACES.length ? PLACES[character] : -1;
            if (place < 0) {
                return youthRef;
            }
            packed = packed << BITS_PER_CHARACTER | place;
        }
        return packed;
    }
}
