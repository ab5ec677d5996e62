package se.sspf.casework.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Swedish personal identity number (personnummer), YYYYMMDD-NNNN: a real date and a Luhn check
 * digit over the last ten digits. It never prints itself, so it cannot reach a log by accident.
 */
public final class PersonalIdentityNumber {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})-?(\\d{4})$");
    /** Ten or twelve digits, with or without '-', among no other digits: how a number is written in a text. */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![0-9])((?:[0-9]{2})?[0-9]{6})-?([0-9]{4})(?![0-9])");

    private final String value;
    private final LocalDate birthDate;

    private PersonalIdentityNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    public static PersonalIdentityNumber parse(@Nullable String text) {
        Matcher parts = text == null ? null : FORMAT.matcher(text.trim());
        if (parts == null || !parts.matches()) {
            throw new CaseRuleViolation("personal-identity-number-format", "personalIdentityNumber",
                    "a personal identity number is written YYYYMMDD-NNNN");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
        } catch (DateTimeException e) {
            throw new CaseRuleViolation("personal-identity-number-date", "personalIdentityNumber",
                    "the personal identity number does not begin with a real date");
        }
        String digits = parts.group(1).substring(2) + parts.group(2) + parts.group(3) + parts.group(4);
        if (!luhnHolds(digits)) {
            throw new CaseRuleViolation("personal-identity-number-check-digit", "personalIdentityNumber",
                    "the personal identity number's check digit is wrong");
        }
        return new PersonalIdentityNumber(parts.group(1) + parts.group(2) + parts.group(3) + "-" + parts.group(4),
                birthDate);
    }

    /**
     * Whether a text holds a personal identity number: ten or twelve digits, with or without '-', that begin with
     * a real date (a ten-digit one in either century) and end with a right check digit.
     */
    public static boolean foundIn(String text) {
        Matcher candidates = IN_TEXT.matcher(text);
        while (candidates.find()) {
            String date = candidates.group(1);
            List<String> written = date.length() == 8 ? List.of(date) : List.of("19" + date, "20" + date);
            if (written.stream().anyMatch(full -> isOne(full, candidates.group(2)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOne(String yyyymmdd, String lastFour) {
        try {
            LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            return false;
        }
        return luhnHolds(yyyymmdd.substring(2) + lastFour);
    }

    private static boolean luhnHolds(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return sum % 10 == 0;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The number itself, for the encrypted store and the identity endpoint only. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalIdentityNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "PersonalIdentityNumber[hidden]";
    }
}
