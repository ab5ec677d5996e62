package se.sspf.plan.domain;

/** Where an action stands; the responsible agency moves it. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    NOT_DONE;

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
