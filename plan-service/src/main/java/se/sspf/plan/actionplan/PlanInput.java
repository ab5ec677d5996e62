package se.sspf.plan.actionplan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.reference.UserId;
import se.sspf.plan.domain.FollowUpAppointment;
import se.sspf.plan.domain.PlanAction;
import se.sspf.plan.domain.PlanDraft;
import se.sspf.plan.domain.Responsible;
import se.sspf.plan.domain.YouthCommitment;

/** A plan as the API takes it, at the first meeting and in a revision: the appendix 3 template, field by field. */
public record PlanInput(@NotNull LocalDate agreedOn,
                        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> present,
                        @NotBlank @Size(max = 1000) String mainGoal,
                        @NotNull @Size(max = 100) List<@NotNull @Valid ActionInput> actions,
                        @NotNull @Size(max = 50) List<@NotNull @Valid CommitmentInput> commitments,
                        @NotNull @Valid AppointmentInput followUp,
                        @NotBlank @Size(max = 300) String acuteContact) {

    /** A row of an area; {@code id} names the action a revised row continues, and is absent for a new one. */
    public record ActionInput(UUID id, @NotNull InformationCategory area, @NotBlank @Size(max = 2000) String goal,
                              @NotBlank @Size(max = 4000) String actions, @NotNull @Valid ResponsibleInput responsible,
                              @NotNull LocalDate dueOn, @NotNull @Min(1) @Max(99) Integer step,
                              @NotBlank @Size(max = 1000) String documentation) {
    }

    /** {@code participantRef} is a participant's user id, never a personal identity number. */
    public record ResponsibleInput(@NotBlank @Size(max = 200) String person, @NotNull Agency agency,
                                   @Size(max = 100) @UserId String participantRef) {
    }

    public record CommitmentInput(@NotNull InformationCategory area, @NotBlank @Size(max = 2000) String text) {
    }

    public record AppointmentInput(@NotNull LocalDate date, @NotNull LocalTime time,
                                   @NotBlank @Size(max = 200) String place) {

        public FollowUpAppointment toAppointment() {
            return new FollowUpAppointment(date, time, place);
        }
    }

    public PlanDraft toDraft() {
        return new PlanDraft(agreedOn, present, mainGoal,
                actions.stream().map(row -> new PlanAction(row.id(), row.area(), row.goal(), row.actions(),
                        new Responsible(row.responsible().person(), row.responsible().agency(),
                        row.responsible().participantRef()), row.dueOn(), row.step(), row.documentation())).toList(),
                commitments.stream().map(commitment -> new YouthCommitment(commitment.area(), commitment.text()))
                .toList(), followUp.toAppointment(), acuteContact);
    }
}
