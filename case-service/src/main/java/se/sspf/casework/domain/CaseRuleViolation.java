package se.sspf.casework.domain;

/** Input that breaks a rule of the case; nothing is stored. */
public class CaseRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public CaseRuleViolation(String rule, String field, String message) {
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
