package se.sspf.plan.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sspf.contracts.plan.FollowUpDecision;
import se.sspf.plan.domain.ActionCheck;
import se.sspf.plan.domain.CheckOutcome;
import se.sspf.plan.actionplan.PlanInput;

/**
 * A follow-up meeting as the API takes it: the version it reviewed, a check of each action, the
 * decision, and the revised plan (to revise) or the next follow-up (to continue).
 */
record FollowUpInput(@NotNull @Min(1) Integer reviewedVersion, @NotNull LocalDate heldOn,
                     @NotNull @Size(max = 100) List<@NotNull @Valid CheckInput> checks,
                     @NotNull FollowUpDecision decision, @Valid PlanInput revision,
                             @Valid PlanInput.AppointmentInput nextFollowUp) {

    record CheckInput(@NotNull UUID actionId, @NotNull CheckOutcome outcome, @Size(max = 2000) String note) {
    }

    List<ActionCheck> actionChecks() {
        return checks.stream().map(check -> new ActionCheck(check.actionId(), check.outcome(), check.note())).toList();
    }
}
