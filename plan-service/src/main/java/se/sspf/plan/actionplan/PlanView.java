package se.sspf.plan.actionplan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import se.sspf.contracts.InformationCategory;
import se.sspf.plan.domain.ActionPlan;
import se.sspf.plan.domain.ActionState;
import se.sspf.plan.domain.ActionStatus;
import se.sspf.plan.domain.FollowUpAppointment;
import se.sspf.plan.domain.PlanAction;
import se.sspf.plan.domain.PlanVersion;
import se.sspf.plan.domain.Responsible;
import se.sspf.plan.domain.YouthCommitment;
import se.sspf.platform.caseview.CaseRecord;

/**
 * A plan version as one reader may see it: areas in the template's order, rows in their order.
 * What the consent withholds is absent, and {@code header} is null when it is withheld.
 */
public record PlanView(UUID caseId, String caseCode, int version, boolean current, boolean closed, Header header,
                       List<Area> areas, int overdueActions, String notice) {

    /** Said with every plan, whatever is withheld, so that the reader learns nothing from it. */
    public static final String NOTICE = "Parts of the plan other agencies are responsible for are shown only while a "
            + "valid consent covers them.";

    public record Header(LocalDate agreedOn, List<String> present, String mainGoal, FollowUpAppointment followUp,
                         String acuteContact) {
    }

    public record Area(InformationCategory area, List<Action> actions, List<String> commitments) {
    }

    public record Action(UUID id, String goal, String actions, Responsible responsible, LocalDate dueOn, int step,
                         String documentation, ActionStatus status, String statusNote, boolean overdue) {
    }

    static PlanView of(CaseRecord caseRecord, ActionPlan plan, PlanVersion version, VisiblePart visible,
            LocalDate today) {
        boolean current = version.version() == plan.current().version();
        FollowUpAppointment followUp = current ? plan.nextFollowUp() : version.followUp();
        Header header = visible.header()
                ? new Header(version.agreedOn(), version.present(), version.mainGoal(), followUp,
                version.acuteContact())
                : null;
        List<Area> areas = List.of(InformationCategory.values()).stream()
                .map(area -> new Area(area, visible.actions().stream().filter(action -> action.area() == area)
                        .sorted(Comparator.comparingInt(PlanAction::step))
                        .map(action -> action(plan, action, visible, today)).toList(),
                        visible.commitments().stream().filter(commitment -> commitment.area() == area)
                        .map(YouthCommitment::text).toList()))
                .filter(area -> visible.areas().contains(area.area()) || !area.actions().isEmpty())
                .toList();
        int overdue = (int) areas.stream().flatMap(area -> area.actions().stream()).filter(Action::overdue).count();
        return new PlanView(caseRecord.caseId(), caseRecord.caseCode(), version.version(), current, plan.closed(),
                header, areas, overdue, NOTICE);
    }

    private static Action action(ActionPlan plan, PlanAction action, VisiblePart visible, LocalDate today) {
        ActionState state = plan.state(action.id());
        ActionStatus status = state == null ? null : state.status();
        return new Action(action.id(), action.goal(), action.actions(), action.responsible(), action.dueOn(),
                action.step(), action.documentation(), status, visible.statusNotes().get(action.id()),
                state != null && plan.overdue(action, today));
    }
}
