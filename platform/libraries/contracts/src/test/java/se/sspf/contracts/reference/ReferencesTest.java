package se.sspf.contracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ReferencesTest {

    /** One person's number in every way it is written, and a coordination number (day plus 60). */
    private static final List<String> IDENTITY_NUMBERS = List.of("198511142393", "19851114-2393", "8511142393",
            "851114-2393", "851114+2393", "197001742396", "700174-2396");

    @Test
    void noReferenceHoldsAPersonalIdentityNumberHoweverItIsWritten() {
        for (String number : IDENTITY_NUMBERS) {
            assertThat("G-" + number).doesNotMatch(References.GUARDIAN_REF);
            assertThat("P-" + number).doesNotMatch(References.PERSON_REF).doesNotMatch(References.PARTICIPANT_REF);
            assertThat(number).doesNotMatch(References.USER_ID).doesNotMatch(References.PARTICIPANT_REF);
            assertThat("user-" + number).doesNotMatch(References.USER_ID);
        }
        assertThat("P-1985-11-14-2393").as("separators anywhere").doesNotMatch(References.PERSON_REF)
                .doesNotMatch(References.PARTICIPANT_REF);
        assertThat("G-19-85-11-14-23-93").doesNotMatch(References.GUARDIAN_REF);
    }

    @Test
    void theReferencesInUseAreTaken() {
        assertThat(List.of("G-MOTHER01", "G-FATHER01", "G-UNCLE001")).allMatch(matching(References.GUARDIAN_REF));
        assertThat(List.of("P-COACH001", "P-COACH0001", "P-2024-AB-12345"))
                .allMatch(matching(References.PERSON_REF)).allMatch(matching(References.PARTICIPANT_REF));
        assertThat(List.of("teacher-anna", "soc", "admin-polis", "anna.berg@skola.ostersund.se", "urn:sspf:42"))
                .allMatch(matching(References.USER_ID)).allMatch(matching(References.PARTICIPANT_REF));
    }

    @Test
    void anIdentityProvidersUuidSubjectIsAUserId() {
        Random random = new Random(18);
        for (int i = 0; i < 10_000; i++) {
            String subject = new UUID(random.nextLong(), random.nextLong()).toString();
            assertThat(subject).matches(References.USER_ID);
            assertThat("user-" + subject).matches(References.PARTICIPANT_REF);
            assertThat("f:ldap:" + subject).matches(References.USER_ID);
        }
    }

    @Test
    void aUserIdIsNoGuardiansOrInvitedPersonsReferenceInDisguise() {
        assertThat("P-1985-11-14-2393").doesNotMatch(References.USER_ID);
        assertThat("G-MOTHER01").doesNotMatch(References.USER_ID).doesNotMatch(References.PARTICIPANT_REF);
        assertThat("anna berg").doesNotMatch(References.USER_ID);
        assertThat("user-851114-2393").as("no UUID").doesNotMatch(References.USER_ID);
    }

    private static java.util.function.Predicate<String> matching(String regex) {
        return Pattern.compile(regex).asMatchPredicate();
    }
}
