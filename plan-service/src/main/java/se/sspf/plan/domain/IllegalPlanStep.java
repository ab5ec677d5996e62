package se.sspf.plan.domain;

/** A step the plan cannot take as it stands: it is closed, or the follow-up reviewed another version. */
public class IllegalPlanStep extends RuntimeException {

    public IllegalPlanStep(String message) {
        super(message);
    }
}
