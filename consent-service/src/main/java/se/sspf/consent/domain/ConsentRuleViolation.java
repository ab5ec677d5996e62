package se.sspf.consent.domain;

/**
 * Input that breaks a consent rule; nothing is stored.
 *
 * @see SignerRules
 */
public class ConsentRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public ConsentRuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
