package se.sspf.plan.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.plan.access.PlanAccess;
import se.sspf.plan.access.PlanAudit;
import se.sspf.plan.actionplan.PlanBook;
import se.sspf.plan.actionplan.PlanRead;
import se.sspf.plan.actionplan.PlanVisibility;
import se.sspf.plan.domain.ActionPlan;
import se.sspf.plan.domain.ActionStatus;
import se.sspf.plan.domain.PlanAction;
import se.sspf.plan.store.PlanStore;
import se.sspf.plan.store.StoredPlan;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.consentgate.Reading;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/** ReportProgress on an action, and ListMyActions: what the caller's agency answers for across its cases. */
@Service
@RequiredArgsConstructor
class ActionProgress {

    private final PlanBook plans;
    private final CaseRecords cases;
    private final PlanStore store;
    private final PlanVisibility visibility;
    private final PlanAudit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlanRead report(Caller caller, UUID caseId, Long ifMatch, UUID actionId, ActionStatus status, String note) {
        return plans.change(caller, caseId, ifMatch, PlanBook.Writer.PARTICIPANT, "/actions/" + actionId,
                "reporting progress on an action", (caseRecord, plan) -> {
                    if (plan.current().action(actionId).filter(action ->
                            action.responsible().agency() != caller.agency()).isPresent()) {
                        throw ApiProblem.forbidden("only the agency responsible for an action reports how it goes");
                    }
                    return plan.changeStatus(actionId, caller.agency(), caller.subject(), status, note,
                            clock.instant());
                });
    }

    List<MyAction> mine(Caller caller, boolean overdueOnly) {
        return transaction.execute(status -> {
            LocalDate today = plans.today();
            List<MyAction> mine = new ArrayList<>();
            for (UUID caseId : cases.casesOf(caller.municipality(), caller.subject())) {
                Optional<CaseRecord> visible = cases.find(caseId)
                        .filter(candidate -> PlanAccess.maySee(caller, candidate));
                Optional<ActionPlan> plan = store.find(caseId).map(StoredPlan::plan);
                if (visible.isEmpty() || plan.isEmpty()) {
                    continue;
                }
                CaseRecord caseRecord = visible.get();
                String purpose = "listing the actions the agency is responsible for";
                Reading reading = PlanAccess.reading(caller, caseRecord, plan.get().closed(), "/actions", purpose);
                List<MyAction> ofCase = visibility.of(reading, plan.get(), plan.get().current()).actions().stream()
                        .filter(action -> action.responsible().agency() == caller.agency())
                        .map(action -> MyAction.of(caseRecord, plan.get(), action, today))
                        .filter(action -> !overdueOnly || action.overdue())
                        .toList();
                if (!ofCase.isEmpty()) {
                    audit.read(caller, caseRecord, "/actions", purpose);
                    mine.addAll(ofCase);
                }
            }
            mine.sort(Comparator.comparing(MyAction::dueOn));
            return mine;
        });
    }

    /** An action the caller's agency is responsible for, with the case it belongs to. */
    record MyAction(UUID caseId, String caseCode, UUID actionId, String goal, String actions, LocalDate dueOn,
                    ActionStatus status, boolean overdue) {

        static MyAction of(CaseRecord caseRecord, ActionPlan plan, PlanAction action, LocalDate today) {
            return new MyAction(caseRecord.caseId(), caseRecord.caseCode(), action.id(), action.goal(),
                    action.actions(), action.dueOn(), plan.state(action.id()).status(), plan.overdue(action, today));
        }
    }
}
