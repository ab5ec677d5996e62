package se.sspf.plan.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;

/** An action's status, its note and who of the responsible agency set it last. */
public record ActionState(ActionStatus status, @Nullable String note, @Nullable String changedBy,
                          @Nullable Agency changedByAgency, Instant changedAt) {

    static ActionState planned(Instant now) {
        return new ActionState(ActionStatus.PLANNED, null, null, null, now);
    }
}
