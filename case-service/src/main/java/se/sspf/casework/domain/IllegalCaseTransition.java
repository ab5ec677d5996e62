package se.sspf.casework.domain;

import se.sspf.contracts.refusal.IllegalStep;

/** A step the case's current stage does not allow, e.g. closing a case that was declined. */
public class IllegalCaseTransition extends IllegalStep {

    public IllegalCaseTransition(String message) {
        super("illegal-case-transition", message);
    }
}
