package se.sspf.plan.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.plan.access.PlanAccess;
import se.sspf.plan.access.PlanAudit;
import se.sspf.plan.domain.ActionPlan;
import se.sspf.plan.domain.PlanChange;
import se.sspf.plan.domain.PlanDraft;
import se.sspf.plan.domain.PlanVersion;
import se.sspf.plan.domain.Responsible;
import se.sspf.plan.store.PlanStore;
import se.sspf.plan.store.StoredPlan;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.consentgate.Reading;
import se.sspf.platform.outbox.Outbox;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * AgreePlan, ReadPlan, ReadVersion, ListVersions, and the one way every feature changes a plan: read,
 * step, store if unchanged meanwhile, announce and audit, in one transaction.
 */
@Service
@RequiredArgsConstructor
public class PlanBook {

    private final CaseRecords cases;
    private final PlanStore store;
    private final PlanVisibility visibility;
    private final PlanAudit audit;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** A step of the plan: what it does to the plan, given the case. */
    @FunctionalInterface
    public interface Step {
        PlanChange apply(CaseRecord caseRecord, ActionPlan plan);
    }

    /**
     * Who may take a step: the coordinator (plan, follow-ups) or any participant (reporting on an action, checked by
     * the domain).
     */
    public enum Writer {
        COORDINATOR,
        PARTICIPANT
    }

    public PlanRead agree(Caller caller, UUID caseId, PlanDraft draft) {
        return transaction.execute(status -> {
            CaseRecord caseRecord = PlanAccess.writableBy(caller, cases.find(caseId));
            if (caseRecord.status() != CaseRecord.Status.ACTIVE) {
                throw ApiProblem.conflict("case-not-active",
                        "a plan is agreed for an active case: one with a consent, not closed");
            }
            PlanChange agreed = ActionPlan.agree(caseId, caseRecord.municipality(), caseRecord.youthRef(),
                    caller.agency(), draft, answerableIn(caseRecord), caller.subject(), clock.instant());
            if (!store.insert(agreed)) {
                throw ApiProblem.conflict("plan-exists", "the case has a plan; it is revised at a follow-up");
            }
            announce(agreed);
            audit.changed(caller, AuditAction.CREATE, caseRecord, "", "agreeing the action plan");
            return new PlanRead(view(caseRecord, agreed.plan(), agreed.plan().current(), caller), 1);
        });
    }

    public PlanRead current(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            CaseRecord caseRecord = PlanAccess.visibleTo(caller, cases.find(caseId));
            StoredPlan stored = store.find(caseId).orElseThrow(() -> ApiProblem.notFound("the plan"));
            ActionPlan plan = stored.plan();
            return new PlanRead(read(caller, caseRecord, plan, plan.current(), "", "reading the action plan"),
                    stored.rowVersion());
        });
    }

    /** The whole plan, for the family's printed copy: only the agency that wrote it sees all of it. */
    public PlanView printable(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            CaseRecord caseRecord = PlanAccess.visibleTo(caller, cases.find(caseId));
            ActionPlan plan = planOf(caseId);
            if (caller.agency() != plan.author()) {
                throw ApiProblem.forbidden("the family's plan is printed by the agency that wrote it, which sees all "
                        + "of it");
            }
            return read(caller, caseRecord, plan, plan.current(), "/print", "printing the action plan for the family");
        });
    }

    public PlanView version(Caller caller, UUID caseId, int version) {
        return transaction.execute(status -> {
            CaseRecord caseRecord = PlanAccess.visibleTo(caller, cases.find(caseId));
            ActionPlan plan = planOf(caseId);
            PlanVersion wanted = store.version(caseId, version)
                    .orElseThrow(() -> ApiProblem.notFound("the plan version"));
            return read(caller, caseRecord, plan, wanted, "/versions/" + version,
                    "reading an earlier version of the action plan");
        });
    }

    /**
     * The history: which versions there are and, to a reader who may see the plan's header, when each
     * was agreed and how many actions it had; never their content.
     */
    public List<VersionSummary> versions(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            CaseRecord caseRecord = PlanAccess.visibleTo(caller, cases.find(caseId));
            ActionPlan plan = planOf(caseId);
            String purpose = "listing the versions of the action plan";
            VisiblePart visible = visibility.of(PlanAccess.reading(caller, caseRecord, plan.closed(), "/versions",
                    purpose), plan, plan.current());
            audit.read(caller, caseRecord, "/versions", purpose);
            return store.versions(caseId).stream()
                    .map(version -> visible.header()
                            ? new VersionSummary(version.version(), version.agreedOn(), version.recordedAt(),
                            version.actions().size())
                            : new VersionSummary(version.version(), null, null, null))
                    .toList();
        });
    }

    /**
     * Applies a step to the plan of the case, if the caller may take it and names the version it read
     * (If-Match), so that nobody's change is overwritten and a repeated request changes nothing twice;
     * returns the plan as the caller now sees it.
     */
    public PlanRead change(Caller caller, UUID caseId, Long ifMatch, Writer writer, String resource, String purpose,
                           Step step) {
        return transaction.execute(status -> {
            Optional<CaseRecord> found = cases.find(caseId);
            CaseRecord caseRecord = writer == Writer.COORDINATOR ? PlanAccess.writableBy(caller, found)
                    : PlanAccess.visibleTo(caller, found);
            StoredPlan stored = store.find(caseId).orElseThrow(() -> ApiProblem.notFound("the plan"));
            if (ifMatch == null) {
                throw ApiProblem.versionRequired();
            }
            if (ifMatch != stored.rowVersion()) {
                throw ApiProblem.changedMeanwhile(stored.rowVersion());
            }
            PlanChange change = step.apply(caseRecord, stored.plan());
            if (!store.update(change, stored.rowVersion())) {
                throw ApiProblem.changedMeanwhile(stored.rowVersion() + 1);
            }
            announce(change);
            audit.changed(caller, AuditAction.UPDATE, caseRecord, resource, purpose);
            return new PlanRead(view(caseRecord, change.plan(), change.plan().current(), caller),
                    stored.rowVersion() + 1);
        });
    }

    /** The case closed: its plan closes with it. Runs in the caller's (the inbox's) transaction. */
    public void closeWithCase(UUID caseId) {
        store.find(caseId).filter(stored -> !stored.plan().closed()).ifPresent(stored -> {
            PlanChange closed = new PlanChange(stored.plan().closedWithCase(), null, null, List.of());
            if (!store.update(closed, stored.rowVersion())) {
                throw new IllegalStateException("the plan changed while its case closed; the event is retried");
            }
        });
    }

    /** A named responsible person takes part in the case for the agency answerable. */
    public static java.util.function.Predicate<Responsible> answerableIn(CaseRecord caseRecord) {
        return responsible -> caseRecord.isMemberOf(responsible.participantRef(), responsible.agency());
    }

    public LocalDate today() {
        return SwedishTime.today(clock);
    }

    private PlanView read(Caller caller, CaseRecord caseRecord, ActionPlan plan, PlanVersion version, String resource,
                          String purpose) {
        VisiblePart visible = visibility.of(PlanAccess.reading(caller, caseRecord, plan.closed(), resource, purpose),
                plan, version);
        // After the gate: the youth's audit chain is then locked for the appends only, never during a fallback.
        audit.read(caller, caseRecord, resource, purpose);
        return PlanView.of(caseRecord, plan, version, visible, today());
    }

    private PlanView view(CaseRecord caseRecord, ActionPlan plan, PlanVersion version, Caller caller) {
        Reading reading = PlanAccess.reading(caller, caseRecord, plan.closed(), "",
                "showing the plan as it now stands");
        return PlanView.of(caseRecord, plan, version, visibility.of(reading, plan, version), today());
    }

    private ActionPlan planOf(UUID caseId) {
        return store.find(caseId).map(StoredPlan::plan).orElseThrow(() -> ApiProblem.notFound("the plan"));
    }

    private void announce(PlanChange change) {
        change.events().forEach(event -> outbox.publish(change.plan().youthRef(), event));
    }
}
