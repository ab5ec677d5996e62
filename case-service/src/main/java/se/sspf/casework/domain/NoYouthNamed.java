package se.sspf.casework.domain;

import java.util.List;

/**
 * A group's own text (the general part, its minutes) is about no identified youth, so it needs no consent: a
 * personal identity number in it would make it one, and is refused.
 */
public final class NoYouthNamed {

    private NoYouthNamed() {
    }

    public static void require(String field, String text) {
        if (PersonalIdentityNumber.foundIn(text)) {
            throw new CaseRuleViolation("no-personal-identity-number", field,
                    "a group's text is about no identified youth: it may hold no personal identity number");
        }
    }

    /** Each item of a list, named by its place ({@code general[1]}). */
    public static void requireEach(String field, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            require(field + "[" + i + "]", texts.get(i));
        }
    }
}
