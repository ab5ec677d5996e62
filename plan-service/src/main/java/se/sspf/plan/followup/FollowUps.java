package se.sspf.plan.followup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.plan.FollowUpDecision;
import se.sspf.plan.access.PlanAccess;
import se.sspf.plan.access.PlanAudit;
import se.sspf.plan.actionplan.PlanBook;
import se.sspf.plan.actionplan.PlanRead;
import se.sspf.plan.actionplan.PlanVisibility;
import se.sspf.plan.actionplan.VisiblePart;
import se.sspf.plan.domain.ActionPlan;
import se.sspf.plan.domain.FollowUpAppointment;
import se.sspf.plan.domain.PlanAction;
import se.sspf.plan.domain.PlanChange;
import se.sspf.plan.domain.PlanVersion;
import se.sspf.plan.store.PlanStore;
import se.sspf.plan.store.StoredPlan;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.consentgate.ConsentServiceClient;
import se.sspf.platform.consentgate.GatedReads;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/** RecordFollowUp, MoveFollowUp and ReadFollowUps. */
@Service
@RequiredArgsConstructor
class FollowUps {

    private final PlanBook plans;
    private final CaseRecords cases;
    private final PlanStore store;
    private final PlanVisibility visibility;
    private final PlanAudit audit;
    private final GatedReads gatedReads;
    private final ConsentServiceClient consentService;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlanRead record(Caller caller, UUID caseId, Long ifMatch, FollowUpInput input) {
        return plans.change(caller, caseId, ifMatch, PlanBook.Writer.COORDINATOR, "/follow-ups",
                "recording a follow-up of the action plan", (caseRecord, plan) -> {
                    PlanChange followedUp = plan.followUp(input.reviewedVersion(), input.heldOn(), input.actionChecks(),
                            input.decision(), input.revision() == null ? null : input.revision().toDraft(),
                            input.nextFollowUp() == null ? null : input.nextFollowUp().toAppointment(),
                            PlanBook.answerableIn(caseRecord), caller.subject(), clock.instant());
                    if (input.decision() == FollowUpDecision.CLOSE) {
                        // The case closes on this follow-up: sharing stops now, not when case-service hears of it.
                        consentService.tearUpConsentsOf(caseId);
                    }
                    return followedUp;
                });
    }

    PlanRead move(Caller caller, UUID caseId, Long ifMatch, FollowUpAppointment next) {
        return plans.change(caller, caseId, ifMatch, PlanBook.Writer.COORDINATOR, "/follow-up", "moving the follow-up",
                (caseRecord, plan) -> plan.moveFollowUp(next, plans.today()));
    }

    List<FollowUpView> read(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            CaseRecord caseRecord = PlanAccess.visibleTo(caller, cases.find(caseId));
            ActionPlan plan = store.find(caseId).map(StoredPlan::plan)
                    .orElseThrow(() -> ApiProblem.notFound("the plan"));
            Map<Integer, PlanVersion> versions = store.versions(caseId).stream()
                    .collect(Collectors.toMap(PlanVersion::version, Function.identity()));
            String purpose = "reading the follow-ups of the action plan";
            List<FollowUpView> shown = gatedReads.reading(PlanAccess.reading(caller, caseRecord, plan.closed(),
                    "/follow-ups", purpose), opener -> {
                List<FollowUpView> views = new ArrayList<>();
                for (var followUp : store.followUps(caseId)) {
                    VisiblePart visible = visibility.of(opener, plan, versions.get(followUp.reviewedVersion()));
                    Set<UUID> visibleIds = visible.actions().stream().map(PlanAction::id).collect(Collectors.toSet());
                    // When it was held and what it decided belong to the plan as a whole: shown with its header only.
                    views.add(new FollowUpView(followUp.id(), followUp.reviewedVersion(),
                            visible.header() ? followUp.heldOn() : null, visible.header() ? followUp.decision() : null,
                            followUp.checks().stream().filter(check -> visibleIds.contains(check.actionId()))
                            .toList()));
                }
                return views;
            });
            audit.read(caller, caseRecord, "/follow-ups", purpose);
            return shown;
        });
    }
}
