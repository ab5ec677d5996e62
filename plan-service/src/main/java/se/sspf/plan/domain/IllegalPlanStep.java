package se.sspf.plan.domain;

import se.sspf.contracts.refusal.IllegalStep;

/** A step the plan cannot take as it stands: it is closed, or the follow-up reviewed another version. */
public class IllegalPlanStep extends IllegalStep {

    public IllegalPlanStep(String message) {
        super("illegal-plan-step", message);
    }
}
