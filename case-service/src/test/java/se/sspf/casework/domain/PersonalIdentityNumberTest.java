package se.sspf.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalIdentityNumberTest {

    @Test
    void aValidNumberGivesItsBirthDateAndIsWrittenWithADash() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("201103142384");

        assertThat(number.value()).isEqualTo("20110314-2384");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2011, 3, 14));
    }

    @ParameterizedTest
    @CsvSource({
            "20110314-2385, personal-identity-number-check-digit",
            "20110230-2384, personal-identity-number-date",
            "110314-2384, personal-identity-number-format",
            "2011-03-14, personal-identity-number-format",
            "'', personal-identity-number-format"})
    void anInvalidNumberNamesTheRuleItBreaks(String text, String rule) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(text))
                .isInstanceOfSatisfying(CaseRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo(rule);
                    assertThat(violation.getMessage()).doesNotContain(text.isEmpty() ? "\u0000" : text);
                });
    }

    @Test
    void aLeapDayIsARealDate() {
        assertThat(PersonalIdentityNumber.parse("20120229-1231").birthDate()).isEqualTo(LocalDate.of(2012, 2, 29));
    }

    @Test
    void theNumberNeverPrintsItself() {
        assertThat(PersonalIdentityNumber.parse("20110314-2384").toString()).doesNotContain("2384")
                .doesNotContain("20110314");
        assertThat(new YouthIdentity("Kim Andersson", PersonalIdentityNumber.parse("20110314-2384")).toString())
                .doesNotContain("Kim").doesNotContain("2384");
    }

    @Test
    void aNumberInATextIsFoundWrittenWithTenOrTwelveDigitsWithOrWithoutADash() {
        assertThat(PersonalIdentityNumber.foundIn("bråk med 201103142384 i går")).isTrue();
        assertThat(PersonalIdentityNumber.foundIn("bråk med 20110314-2384")).isTrue();
        assertThat(PersonalIdentityNumber.foundIn("851114-2393 var där")).isTrue();
        assertThat(PersonalIdentityNumber.foundIn("8511142393")).isTrue();
        assertThat(PersonalIdentityNumber.foundIn("851114-2394: fel kontrollsiffra")).isFalse();
        assertThat(PersonalIdentityNumber.foundIn("telefon 0631430000, 12 bilbränder 2026")).isFalse();
        assertThat(PersonalIdentityNumber.foundIn("18511142393")).as("eleven digits").isFalse();
    }
}
