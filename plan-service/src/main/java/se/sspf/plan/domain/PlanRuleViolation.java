package se.sspf.plan.domain;

/** Input that breaks a rule of the plan; nothing is stored. */
public class PlanRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public PlanRuleViolation(String rule, String field, String message) {
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
