package se.sspf.contracts.refusal;

/**
 * Input that breaks a named rule; nothing is stored. Every service answers it with a 400 problem naming the rule
 * and the field at fault. Each service's domain has its own subclass (e.g. {@code CaseRuleViolation}), so a rule's
 * refusals are found by the name of its domain.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    protected RuleViolation(String rule, String field, String message) {
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

    /** The same refusal, its field named from the request's root: a rule of the terms, for the form holding them. */
    public RuleViolation within(String parent) {
        return new RuleViolation(rule, parent + "." + field, getMessage());
    }
}
