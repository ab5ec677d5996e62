package se.sspf.casework.domain;

import se.sspf.contracts.refusal.RuleViolation;

/** Input that breaks a rule of the case; nothing is stored. */
public class CaseRuleViolation extends RuleViolation {

    public CaseRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
