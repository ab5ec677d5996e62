package se.sspf.consent.access;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.sspf.consent.store.StoredConsent;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * Who may handle a consent: only a participant of its case, with the role of a coordinator or staff member
 * of the agency they take part for, in the case's municipality, and of an agency the consent names. consent-service
 * learns the cases from
 * case-service's events (its case view). To anybody else a consent and its case do not exist: 404, never a
 * 403 or 409 that would tell that they do. Share decisions are asked by coordinators and staff.
 */
@Component
@RequiredArgsConstructor
public class ConsentAccess {

    /** How long a registration waits for the case view to hear of a case just proposed or joined. */
    private static final Duration CASE_VIEW_WAIT = Duration.ofSeconds(3);

    private final CaseRecords cases;

    /**
     * The case a consent is registered for, where the caller takes part in it. A case the view does not know
     * may be one whose events have not arrived yet: it is waited for briefly, then answered 503, never
     * accepted unchecked.
     */
    public CaseRecord caseToRegisterFor(Caller caller, UUID caseId) {
        if (!caller.hasAnyRole(Role.COORDINATOR, Role.STAFF)) {
            throw ApiProblem.notFound("the case");
        }
        long deadline = System.nanoTime() + CASE_VIEW_WAIT.toNanos();
        Optional<CaseRecord> known = cases.find(caseId);
        // A participant just added, or social services' decision, may still be on its way to the case view.
        while (known.isEmpty() || !takesPart(caller, known.get())
                || known.get().status() == CaseRecord.Status.PROPOSED) {
            if (System.nanoTime() > deadline) {
                if (known.isEmpty()) {
                    throw ApiProblem.unavailable("the case is not known to the consent service yet");
                }
                if (!takesPart(caller, known.get())) {
                    throw ApiProblem.notFound("the case");
                }
                return known.get();
            }
            pause();
            known = cases.find(caseId);
        }
        return known.get();
    }

    /** The caller's own agency is among those the consent names. */
    public static void requireNamedAgency(Caller caller, Set<Agency> scope) {
        if (!scope.contains(caller.agency())) {
            throw ApiProblem.forbidden("a handler's own agency is among those the consent names");
        }
    }

    public static void requireDecider(Caller caller) {
        requireHandlerRole(caller);
    }

    /** The consent, where the caller takes part in its case for an agency the consent names; else 404. */
    public StoredConsent handledBy(Caller caller, Optional<StoredConsent> stored) {
        return stored.filter(candidate -> names(candidate, caller) && takesPartIn(caller, candidate.consent().caseId()))
                .orElseThrow(() -> ApiProblem.notFound("the consent"));
    }

    /** What a consent says is for the agencies it names, as the signed form was. */
    public static boolean names(StoredConsent stored, Caller caller) {
        return stored.consent().terms().agencies().contains(caller.agency());
    }

    /** The case, where the caller takes part in it; else 404. */
    public CaseRecord caseHandledBy(Caller caller, UUID caseId) {
        return cases.find(caseId).filter(found -> takesPart(caller, found))
                .orElseThrow(() -> ApiProblem.notFound("the case"));
    }

    /** The case, where the caller is its coordinator, who closes it and tears its consent up; else 404. */
    public CaseRecord caseClosedBy(Caller caller, UUID caseId) {
        return cases.find(caseId).filter(found -> takesPart(caller, found) && found.isCoordinator(caller.subject()))
                .orElseThrow(() -> ApiProblem.notFound("the case"));
    }

    private boolean takesPartIn(Caller caller, UUID caseId) {
        return cases.find(caseId).filter(found -> takesPart(caller, found)).isPresent();
    }

    private static boolean takesPart(Caller caller, CaseRecord found) {
        return found.municipality().equals(caller.municipality())
                && caller.hasAnyRole(Role.COORDINATOR, Role.STAFF)
                && found.isMemberOf(caller.subject(), caller.agency());
    }

    private static void requireHandlerRole(Caller caller) {
        if (!caller.hasAnyRole(Role.COORDINATOR, Role.STAFF)) {
            throw ApiProblem.forbidden("consents are handled by coordinators and staff");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiProblem.unavailable("interrupted while waiting for the case");
        }
    }
}
