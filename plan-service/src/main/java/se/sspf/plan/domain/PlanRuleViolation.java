package se.sspf.plan.domain;

import se.sspf.contracts.refusal.RuleViolation;

/** Input that breaks a rule of the plan; nothing is stored. */
public class PlanRuleViolation extends RuleViolation {

    public PlanRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
