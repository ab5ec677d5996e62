package se.sspf.casework.lifecycle;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.CaseChange;
import se.sspf.casework.domain.ExpectedReturn;
import se.sspf.casework.domain.Participant;
import se.sspf.casework.domain.ParticipantRole;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.store.CaseStore;
import se.sspf.casework.store.StoredCase;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.casework.CaseStatus;
import se.sspf.contracts.casework.RiskIndicator;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.ConsentServiceClient;
import se.sspf.platform.consentgate.GatedReads;
import se.sspf.platform.outbox.Outbox;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * ProposeCase, DecideCase, AddParticipant, CloseCase, ActivateCase: the case's steps. Each stores
 * the case, its events (pseudonymous) and its audit entry in one transaction.
 */
@Service
public class CaseLifecycle {

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final CaseStore store;
    private final Outbox outbox;
    private final CaseAudit audit;
    private final ConsentGate gate;
    private final GatedReads gatedReads;
    private final ConsentServiceClient consentService;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CaseLifecycle(CaseStore store, Outbox outbox, CaseAudit audit, ConsentGate gate, GatedReads gatedReads,
                  ConsentServiceClient consentService, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.gatedReads = gatedReads;
        this.consentService = consentService;
        this.outbox = outbox;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public StoredCase propose(Caller caller, Set<RiskIndicator> indicators) {
        CaseAccess.requireStaff(caller);
        return transaction.execute(status -> {
            CaseChange proposed = SspfCase.propose(UUID.randomUUID(), caller.municipality(), "SSPF-" + randomCode(6),
                    "Y-" + randomCode(10), indicators, new Participant(caller.subject(), caller.agency(),
                    ParticipantRole.STAFF), clock.instant());
            store.insert(proposed.sspfCase());
            announce(proposed);
            audit.asParticipant(caller, AuditAction.CREATE, proposed.sspfCase(), "", "proposing the youth for SSPF");
            return new StoredCase(proposed.sspfCase(), 1);
        });
    }

    /**
     * The case as the caller sees it: what the consent shares with them, and the expected return where it is
     * the caller's own agency's record or the gate opens it.
     */
    public CaseView viewFor(Caller caller, SspfCase sspfCase) {
        ExpectedReturn expected = gatedReads.openIfAny(CaseAccess.reading(caller, sspfCase, "/expected-return",
                "reading the case's expected return"), CaseAccess.expectedReturnOf(sspfCase)).orElse(null);
        return CaseView.of(sspfCase, expected, sharedWith(caller, sspfCase));
    }

    /** The categories the consent lets the reader see from the case's other agencies, now. */
    private Set<InformationCategory> sharedWith(Caller caller, SspfCase sspfCase) {
        if (sspfCase.sharingEnded()) {
            return Set.of();
        }
        Set<Agency> others = sspfCase.participants().stream().map(Participant::agency)
                .filter(agency -> agency != null && agency != caller.agency())
                .collect(java.util.stream.Collectors.toSet());
        return java.util.Arrays.stream(InformationCategory.values())
                .filter(category -> others.stream().anyMatch(owner ->
                        gate.check(sspfCase.municipality(), sspfCase.youthRef(), owner, caller.agency(), category)
                        .permitted()))
                .collect(java.util.stream.Collectors.toCollection(() ->
                java.util.EnumSet.noneOf(InformationCategory.class)));
    }

    public StoredCase read(Caller caller, UUID id) {
        return transaction.execute(status -> {
            StoredCase stored = CaseAccess.visibleTo(caller, store.find(id));
            audit.asParticipant(caller, AuditAction.READ, stored.sspfCase(), "", "reading the case");
            return stored;
        });
    }

    /**
     * ListMyCases: the cases the caller takes part in and, for social services' coordinators, the
     * proposals waiting for their decision. Each listed case is audited as a read.
     */
    public List<StoredCase> takingPart(Caller caller, int page, int size) {
        CaseAccess.requireStaff(caller);
        boolean decides = caller.agency() == Agency.SOCIAL_SERVICES
                && caller.hasRole(se.sspf.contracts.Role.COORDINATOR);
        return transaction.execute(status -> {
            List<StoredCase> found = store.takingPart(caller.municipality(), caller.subject(), decides, page, size);
            found.forEach(stored -> audit.asParticipant(caller, AuditAction.READ, stored.sspfCase(), "",
                    "listing the user's cases"));
            return found;
        });
    }

    public StoredCase decide(Caller caller, UUID id, boolean offered, String reason) {
        return change(caller, id, "deciding whether SSPF is offered", (sspfCase, now) ->
                sspfCase.decide(offered, reason, new Participant(caller.subject(), caller.agency(),
                ParticipantRole.STAFF), now));
    }

    public StoredCase addParticipant(Caller caller, UUID id, Participant participant) {
        return change(caller, id, "adding a participant", (sspfCase, now) -> sspfCase.addParticipant(participant, now));
    }

    /**
     * The case's coordinator closes it. Closing tears the consent up at once through consent-service, before the
     * closing commits: sharing stops
     * within the gates' bound even while Kafka is down. If consent-service does not confirm, the case stays open
     * (503, to be retried); a tear-up whose closing then failed only stops sharing early.
     */
    public StoredCase close(Caller caller, UUID id, String reason, boolean planFollowed) {
        CaseAccess.requireStaff(caller);
        // Checked before consent-service is asked, and asked before the transaction, so no connection waits on it.
        closedBy(caller, CaseAccess.visibleTo(caller, store.find(id)).sspfCase(), reason, planFollowed,
                clock.instant());
        consentService.tearUpConsentsOf(id);
        return change(caller, id, "closing the case",
                (sspfCase, now) -> closedBy(caller, sspfCase, reason, planFollowed, now));
    }

    private static CaseChange closedBy(Caller caller, SspfCase sspfCase, String reason, boolean planFollowed,
                                       Instant now) {
        CaseChange closed = sspfCase.close(reason, planFollowed, now);
        if (!sspfCase.isCoordinator(caller.subject())) {
            throw ApiProblem.forbidden("the case's coordinator closes it");
        }
        return closed;
    }

    public StoredCase startFollowUp(Caller caller, UUID id) {
        return change(caller, id, "moving the case to follow-up", (sspfCase, now) -> sspfCase.startFollowUp(now));
    }

    public StoredCase expectReturn(Caller caller, UUID id, ExpectedReturn expected) {
        return change(caller, id, "recording an expected return",
                (sspfCase, now) -> sspfCase.expectReturn(expected, now));
    }

    public StoredCase identified(Caller caller, UUID id) {
        return change(caller, id, "attaching the youth's identity", (sspfCase, now) -> sspfCase.identify(now));
    }

    /** consent-service registered a consent for the case. Runs in the caller's (the inbox's) transaction. */
    public void activate(UUID caseId, String municipality, UUID consentId) {
        changeOnEvent(caseId, municipality, sspfCase -> sspfCase.activate(consentId, clock.instant()));
    }

    /**
     * The plan's follow-up decided to close: the case closes (and its consent is torn up). In the inbox's transaction.
     */
    public void closeAtFollowUp(UUID caseId, String municipality, boolean planFollowed) {
        changeOnEvent(caseId, municipality, sspfCase -> sspfCase.status() == CaseStatus.CLOSED
                ? new CaseChange(sspfCase, List.of())
                : sspfCase.close("closed at the follow-up of the action plan", planFollowed, clock.instant()));
    }

    private void changeOnEvent(UUID caseId, String municipality, Function<SspfCase, CaseChange> step) {
        // A case changed meanwhile is read again: the event must not end on a dead-letter topic.
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<StoredCase> found = store.find(caseId)
                    .filter(stored -> stored.sspfCase().municipality().equals(municipality));
            if (found.isEmpty()) {
                return;
            }
            CaseChange changed = step.apply(found.get().sspfCase());
            if (changed.sspfCase() == found.get().sspfCase()
                    || store.update(changed.sspfCase(), found.get().rowVersion())) {
                announce(changed);
                return;
            }
        }
        throw new IllegalStateException("the case kept changing while an event was applied to it; the event is "
                + "retried");
    }

    private StoredCase change(Caller caller, UUID id, String purpose, BiFunction<SspfCase, Instant, CaseChange> step) {
        CaseAccess.requireStaff(caller);
        return transaction.execute(status -> {
            StoredCase stored = CaseAccess.visibleTo(caller, store.find(id));
            CaseChange change = step.apply(stored.sspfCase(), clock.instant());
            if (!store.update(change.sspfCase(), stored.rowVersion())) {
                throw ApiProblem.changedMeanwhile(stored.rowVersion() + 1);
            }
            announce(change);
            audit.asParticipant(caller, AuditAction.UPDATE, change.sspfCase(), "", purpose);
            return new StoredCase(change.sspfCase(), stored.rowVersion() + 1);
        });
    }

    private void announce(CaseChange change) {
        change.events().forEach(event -> outbox.publish(change.sspfCase().youthRef(), event));
    }

    private String randomCode(int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
