package se.sspf.plan.access;

import java.util.Optional;

import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.consentgate.Reading;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * Who reaches a case's plan: the same people as the case in case-service (its participants in its
 * municipality, and social services' coordinators). To anybody else it does not exist: 404.
 * What of the plan they then see is the consent gate's decision.
 */
public final class PlanAccess {

    private PlanAccess() {
    }

    public static CaseRecord visibleTo(Caller caller, Optional<CaseRecord> found) {
        return found.filter(candidate -> maySee(caller, candidate)).orElseThrow(() -> ApiProblem.notFound("the plan"));
    }

    /** The case's coordinator writes the plan and records its follow-ups. */
    public static CaseRecord writableBy(Caller caller, Optional<CaseRecord> found) {
        CaseRecord caseRecord = visibleTo(caller, found);
        if (!caseRecord.isCoordinator(caller.subject())) {
            throw ApiProblem.forbidden("the case's coordinator writes the plan and records its follow-ups");
        }
        return caseRecord;
    }

    /** The caller reading records of the case's plan: what the gate and the audit need to know. */
    public static Reading reading(Caller caller, CaseRecord caseRecord, boolean planClosed, String resource,
                                  String purpose) {
        boolean sharingEnded = planClosed || caseRecord.status() == CaseRecord.Status.CLOSED;
        return new Reading(caller.subject(), caller.agency(), caseRecord.municipality(), caseRecord.youthRef(),
                sharingEnded, "plan/" + caseRecord.caseId() + resource, purpose);
    }

    public static boolean maySee(Caller caller, CaseRecord caseRecord) {
        if (!caseRecord.municipality().equals(caller.municipality())
                || !caller.hasAnyRole(Role.COORDINATOR, Role.STAFF)) {
            return false;
        }
        return caseRecord.isMember(caller.subject()) || caller.agency() == Agency.SOCIAL_SERVICES
                && caller.hasRole(Role.COORDINATOR);
    }
}
