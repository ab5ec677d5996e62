package se.sspf.casework.domain;

/** A step the case's current stage does not allow, e.g. closing a case that was declined. */
public class IllegalCaseTransition extends RuntimeException {

    public IllegalCaseTransition(String message) {
        super(message);
    }
}
