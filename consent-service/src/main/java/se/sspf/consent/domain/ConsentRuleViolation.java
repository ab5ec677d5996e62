package se.sspf.consent.domain;

import se.sspf.contracts.refusal.RuleViolation;

/**
 * Input that breaks a consent rule; nothing is stored.
 *
 * @see SignerRules
 */
public class ConsentRuleViolation extends RuleViolation {

    public ConsentRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
