package se.sspf.platform.consentgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class YouthKeysTest {

    private static final String SYMBOLS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-";

    private final Random random = new Random(25);

    @Test
    void referencesHaveEqualKeysExactlyWhenTheyAreEqual() {
        Map<Object, String> referenceOfKey = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            String reference = "Y-" + randomCode(1 + random.nextInt(12));
            String earlier = referenceOfKey.putIfAbsent(YouthKeys.of(reference), reference);
            if (earlier != null) {
                assertThat(earlier).as("two references share the key %s", YouthKeys.of(reference))
                        .isEqualTo(reference);
            }
            assertThat(YouthKeys.of(new String(reference))).isEqualTo(YouthKeys.of(reference));
        }
        assertThat(referenceOfKey).hasSizeGreaterThan(150_000);
    }

    @Test
    void caseServicesReferencesArePackedAndOthersAreTheirOwnKey() {
        assertThat(YouthKeys.of("Y-A1b2C3d4E5")).isInstanceOf(Long.class);
        assertThat(YouthKeys.of("Y-----------")).isInstanceOf(Long.class);
        assertThat(YouthKeys.of("Y-z")).isInstanceOf(Long.class);
        // Too long, another alphabet, another prefix, nothing after the prefix:
        for (String other : new String[] {"Y-A1b2C3d4E5F", "Y-A1b2C3d4É5", "Y-A1b2 3d4E5", "X-A1b2C3d4E5", "Y-", "Y"}) {
            assertThat(YouthKeys.of(other)).as(other).isEqualTo(other);
        }
        assertThat(YouthKeys.of("Y-0")).isNotEqualTo(YouthKeys.of("Y-00")).isNotEqualTo(YouthKeys.of("Y-000"));
    }

    private String randomCode(int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        return code.toString();
    }
}
