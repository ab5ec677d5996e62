package se.sspf.casework.groupwork;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.ExpectedReturn;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.store.CaseStore;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.casework.CaseStatus;
import se.sspf.contracts.figures.SmallCounts;
import se.sspf.platform.consentgate.GatedReads;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * What the working and steering groups see of a municipality's cases: returnees by case code, and
 * figures. Never an identity; and no count below five, so that no youth can be singled out.
 */
@Service
@RequiredArgsConstructor
public class GroupWork {

    private final CaseStore store;
    private final GatedReads gatedReads;
    private final CaseAudit audit;

    /** By case code only: the working group prepares a homecoming without learning who it is from this list. */
    public record Returnee(String caseCode, ExpectedReturn.ReturnFrom from, LocalDate expectedOn) {
    }

    /** Counts below five are null: suppressed. */
    public record Figures(Map<CaseStatus, Long> casesByStage, Map<Agency, Long> casesByInitiatingAgency,
                          Long medianDaysFromProposalToConsent, Long closedWithPlanFollowed, Long closed,
                          int suppressedBelow) {
    }

    /**
     * The working group (coordinators of the municipality) prepares for youths coming home. An expected
     * return is the record of the agency that recorded it: a coordinator of another agency sees it only
     * through the gate, as in the case itself.
     */
    public List<Returnee> returnees(Caller caller, LocalDate from, LocalDate to) {
        if (!caller.hasRole(Role.COORDINATOR)) {
            throw ApiProblem.forbidden("returnees are listed for the working group's coordinators");
        }
        return returneesAmong(caller, from, to, c -> true);
    }

    /**
     * For a working group meeting's returnee part, whose members the group decides rather than their role: only the
     * cases the member sees in full, so that a member learns no case code of a case they take no part in.
     */
    public List<Returnee> returneesOfCasesSeenInFull(Caller caller, LocalDate from, LocalDate to) {
        return returneesAmong(caller, from, to, c -> CaseAccess.maySee(caller, c));
    }

    /** The returnees between the dates that the caller may see through the gate, each read audited. */
    private List<Returnee> returneesAmong(Caller caller, LocalDate from, LocalDate to, Predicate<SspfCase> shown) {
        String purpose = "listing returnees for the working group";
        return cases(caller.municipality()).stream()
                .filter(c -> c.expectedReturn() != null && !c.sharingEnded() && shown.test(c))
                .filter(c -> !c.expectedReturn().expectedOn().isBefore(from)
                && !c.expectedReturn().expectedOn().isAfter(to))
                .sorted(Comparator.comparing((SspfCase c) -> c.expectedReturn().expectedOn()))
                .flatMap(c -> gatedReads.openIfAny(CaseAccess.reading(caller, c, "/expected-return", purpose),
                                CaseAccess.expectedReturnOf(c))
                        .map(expected -> {
                            audit.asParticipant(caller, AuditAction.READ, c, "/expected-return", purpose);
                            return new Returnee(c.caseCode(), expected.from(), expected.expectedOn());
                        })
                        .stream())
                .toList();
    }

    public Figures figures(Caller caller) {
        if (!caller.hasAnyRole(Role.STEERING, Role.COORDINATOR)) {
            throw ApiProblem.forbidden("the figures are for the steering and working groups");
        }
        List<SspfCase> cases = cases(caller.municipality());
        Map<CaseStatus, Long> byStage = SmallCounts.shown(CaseStatus.values(), cases.stream()
                .collect(Collectors.groupingBy(SspfCase::status, () -> new EnumMap<>(CaseStatus.class),
                Collectors.counting())));
        Map<Agency, Long> byAgency = SmallCounts.shown(Agency.values(), cases.stream()
                .collect(Collectors.groupingBy(SspfCase::proposedBy, () -> new EnumMap<>(Agency.class),
                Collectors.counting())));
        List<Long> daysToConsent = cases.stream().filter(c -> c.activatedAt() != null)
                .map(c -> Duration.between(c.proposedAt(), c.activatedAt()).toDays()).sorted().toList();
        List<SspfCase> closed = cases.stream().filter(c -> c.status() == CaseStatus.CLOSED).toList();
        return new Figures(byStage, byAgency,
                SmallCounts.isShown(daysToConsent.size()) ? daysToConsent.get(daysToConsent.size() / 2) : null,
                SmallCounts.shown(closed.stream().filter(c -> Boolean.TRUE.equals(c.planFollowed())).count()),
                SmallCounts.shown(closed.size()), SmallCounts.SMALLEST_SHOWN);
    }

    private List<SspfCase> cases(String municipality) {
        return store.inMunicipality(municipality);
    }
}
