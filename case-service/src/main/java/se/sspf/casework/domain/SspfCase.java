package se.sspf.casework.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import lombok.AccessLevel;
import lombok.Builder;
import org.jspecify.annotations.Nullable;
import se.sspf.contracts.Agency;
import se.sspf.contracts.casework.CaseActivated;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.CaseDecided;
import se.sspf.contracts.casework.CaseEvent;
import se.sspf.contracts.casework.CaseProposed;
import se.sspf.contracts.casework.CaseStatus;
import se.sspf.contracts.casework.ParticipantAdded;
import se.sspf.contracts.casework.RiskIndicator;

/**
 * An SSPF case from proposal to closing. It knows the youth only by a pseudonymous reference and a
 * case code; the identity, when attached, is kept apart and encrypted. Immutable: every step returns
 * the case as it then stands with the events the step causes; a step names only what it changes
 * ({@code toBuilder().status(CLOSED).closeReason(reason)…}).
 */
@Builder(access = AccessLevel.PRIVATE, toBuilder = true)
public record SspfCase(
        UUID id,
        String municipality,
        String caseCode,
        String youthRef,
        CaseStatus status,
        Set<RiskIndicator> riskIndicators,
        Agency proposedBy,
        Instant proposedAt,
        @Nullable String decisionReason,
        @Nullable UUID consentId,
        @Nullable Instant activatedAt,
        boolean identified,
        List<Participant> participants,
        @Nullable ExpectedReturn expectedReturn,
        @Nullable String closeReason,
        @Nullable Boolean planFollowed,
        Instant changedAt) {

    public SspfCase {
        riskIndicators = Set.copyOf(riskIndicators);
        participants = List.copyOf(participants);
    }

    /** Any agency proposes a youth; the proposer takes part in the case from the start. */
    public static CaseChange propose(UUID id, String municipality, String caseCode, String youthRef,
                                     Set<RiskIndicator> indicators, Participant proposer, Instant now) {
        if (indicators.isEmpty()) {
            throw new CaseRuleViolation("risk-indicator-named", "riskIndicators",
                    "a proposal names at least one risk indicator");
        }
        SspfCase proposed = builder().id(id).municipality(municipality).caseCode(caseCode).youthRef(youthRef)
                .status(CaseStatus.PROPOSED).riskIndicators(indicators).proposedBy(proposer.agency()).proposedAt(now)
                .participants(List.of(proposer)).changedAt(now).build();
        return new CaseChange(proposed, List.of(
                new CaseProposed(id, municipality, caseCode, proposer.agency(), indicators),
                new ParticipantAdded(id, municipality, proposer.ref(), proposer.agency(), proposer.role().name())));
    }

    /** Social services decides whether the youth is offered SSPF; the one who decides coordinates an offered case. */
    public CaseChange decide(boolean offered, String reason, Participant decider, Instant now) {
        require(CaseStatus.PROPOSED, "decide on");
        if (decider.agency() != Agency.SOCIAL_SERVICES) {
            throw new CaseRuleViolation("social-services-decides", "decision",
                    "social services decides whether SSPF is offered");
        }
        CaseStatus next = offered ? CaseStatus.AWAITING_CONSENT : CaseStatus.DECLINED;
        List<CaseEvent> events = new ArrayList<>(List.of(new CaseDecided(id, municipality, offered)));
        List<Participant> withCoordinator = participants;
        if (offered) {
            // The one who offers coordinates, whether they took part before or not.
            Participant coordinator = new Participant(decider.ref(), decider.agency(), ParticipantRole.COORDINATOR);
            withCoordinator = new ArrayList<>(participants.stream().filter(p -> !p.ref().equals(decider.ref()))
                    .toList());
            withCoordinator.add(coordinator);
            events.add(new ParticipantAdded(id, municipality, coordinator.ref(), coordinator.agency(),
                    coordinator.role().name()));
        }
        return new CaseChange(toBuilder().status(next).decisionReason(reason).participants(withCoordinator)
                .changedAt(now)
                .build(), events);
    }

    /**
     * A consent came for the case (consent-service's ConsentGiven): identified work may begin. A
     * newer consent for a case already under way only replaces the one it relies on; a consent for
     * a case that is not offered, or is over, changes nothing.
     */
    public CaseChange activate(UUID consent, Instant now) {
        if (isUnderWay()) {
            return consent.equals(consentId) ? new CaseChange(this, List.of())
                    : new CaseChange(toBuilder().consentId(consent).changedAt(now).build(), List.of());
        }
        if (status != CaseStatus.AWAITING_CONSENT) {
            return new CaseChange(this, List.of());
        }
        SspfCase active = toBuilder().status(CaseStatus.ACTIVE).consentId(consent).activatedAt(now).changedAt(now)
                .build();
        return new CaseChange(active, List.of(new CaseActivated(id, municipality, consent)));
    }

    public CaseChange startFollowUp(Instant now) {
        require(CaseStatus.ACTIVE, "follow up");
        return new CaseChange(toBuilder().status(CaseStatus.FOLLOW_UP).changedAt(now).build(), List.of());
    }

    /**
     * Closing tears the consent up (consent-service listens for CaseClosed).
     *
     * @param followed whether the plan was followed, for the evaluation figures
     */
    public CaseChange close(String reason, boolean followed, Instant now) {
        if (status != CaseStatus.AWAITING_CONSENT && status != CaseStatus.ACTIVE && status != CaseStatus.FOLLOW_UP) {
            throw new IllegalCaseTransition("a case that is " + label(status) + " cannot be closed");
        }
        SspfCase closed = toBuilder().status(CaseStatus.CLOSED).closeReason(reason).planFollowed(followed)
                .changedAt(now)
                .build();
        return new CaseChange(closed, List.of(new CaseClosed(id, municipality, now, "closed")));
    }

    /** The youth is expected home from an institution or prison: listed for the working group as a returnee. */
    public CaseChange expectReturn(ExpectedReturn expected, Instant now) {
        if (status == CaseStatus.CLOSED || status == CaseStatus.DECLINED) {
            throw new IllegalCaseTransition("a case that is " + label(status) + " has no returnee");
        }
        return new CaseChange(toBuilder().expectedReturn(expected).changedAt(now).build(), List.of());
    }

    public CaseChange addParticipant(Participant participant, Instant now) {
        if (status == CaseStatus.CLOSED || status == CaseStatus.DECLINED) {
            throw new IllegalCaseTransition("nobody joins a case that is " + label(status));
        }
        if (isParticipant(participant.ref())) {
            return new CaseChange(this, List.of());
        }
        return new CaseChange(toBuilder().participants(plus(participant)).changedAt(now).build(),
                List.of(new ParticipantAdded(id, municipality, participant.ref(), participant.agency(),
                participant.role().name())));
    }

    /** The youth's identity may be attached only once a consent exists: until then the case is de-identified. */
    public CaseChange identify(Instant now) {
        if (!isUnderWay()) {
            throw new IllegalCaseTransition("identity is attached once a consent exists; the case is " + label(status));
        }
        return new CaseChange(toBuilder().identified(true).changedAt(now).build(), List.of());
    }

    /** A consent exists and the case is not over: the youth is known, meetings are held, the plan is worked. */
    public boolean isUnderWay() {
        return status == CaseStatus.ACTIVE || status == CaseStatus.FOLLOW_UP;
    }

    /** Nothing is recorded (a journal entry, a report of concern) in a case that is closed or was never offered. */
    public void requireOpenForRecords() {
        if (sharingEnded()) {
            throw new IllegalCaseTransition("nothing is recorded in a case that is " + label(status));
        }
    }

    /** Meetings about the youth are held, and minuted, while a consent exists and the case is open. */
    public void requireUnderWayForMeetings() {
        if (!isUnderWay()) {
            throw new IllegalCaseTransition("meetings about the youth are held, and minuted, while a consent exists "
                    + "and the case"
                    + " is open");
        }
    }

    /**
     * Who may be invited to a meeting: a participant of the case who is invited as a person (the family, a coach), of
     * the inviting agency, or of an agency the consent lets the inviting agency share with.
     *
     * @param sharedUnderConsent whether the consent lets the inviting agency share something with that agency
     */
    public void requireInviteeCovered(String invitee, Agency inviting, Predicate<Agency> sharedUnderConsent) {
        Participant participant = participants.stream().filter(p -> p.ref().equals(invitee)).findFirst()
                .orElseThrow(() -> new CaseRuleViolation("invitee-takes-part", "invitees",
                "only the case's participants are invited"));
        if (!covered(participant, inviting, sharedUnderConsent)) {
            throw new CaseRuleViolation("invitee-covered-by-consent", "invitees",
                    "the consent does not cover an invited agency");
        }
    }

    /** The participants {@link #requireInviteeCovered} lets the inviting agency invite: a working group's call. */
    public List<String> inviteesCovered(Agency inviting, Predicate<Agency> sharedUnderConsent) {
        return participants.stream().filter(participant -> covered(participant, inviting, sharedUnderConsent))
                .map(Participant::ref).toList();
    }

    private static boolean covered(Participant participant, Agency inviting, Predicate<Agency> sharedUnderConsent) {
        return participant.role() == ParticipantRole.INVITED || participant.agency() == inviting
                || sharedUnderConsent.test(participant.agency());
    }

    /**
     * Whether the agencies may no longer share anything of this case, whatever a consent view says: it was
     * closed (its consent torn up) or never offered.
     */
    public boolean sharingEnded() {
        return status == CaseStatus.CLOSED || status == CaseStatus.DECLINED;
    }

    /** The case's coordinator: who closes it, and the consent with it. */
    public boolean isCoordinator(String ref) {
        return participants.stream().anyMatch(participant -> participant.ref().equals(ref)
                && participant.role() == ParticipantRole.COORDINATOR);
    }

    public boolean isParticipant(String ref) {
        return participants.stream().anyMatch(participant -> participant.ref().equals(ref));
    }

    private List<Participant> plus(Participant participant) {
        List<Participant> more = new ArrayList<>(participants);
        more.add(participant);
        return more;
    }

    private void require(CaseStatus expected, String step) {
        if (status != expected) {
            throw new IllegalCaseTransition("cannot " + step + " a case that is " + label(status));
        }
    }

    private static String label(CaseStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }
}
