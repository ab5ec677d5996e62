package se.sspf.casework.access;

import java.util.Optional;

import se.sspf.casework.domain.ExpectedReturn;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.store.StoredCase;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.Role;
import se.sspf.platform.consentgate.Owned;
import se.sspf.platform.consentgate.Reading;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * Who sees a case: in its own municipality, its participants, and social services' coordinators
 * (who run the working group and decide on proposals). To anybody else it does not exist: 404,
 * whatever the id they guessed.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static StoredCase visibleTo(Caller caller, Optional<StoredCase> stored) {
        return stored.filter(candidate -> maySee(caller, candidate.sspfCase()))
                .orElseThrow(() -> ApiProblem.notFound("the case"));
    }

    /** The caller reading records about the case's youth: what the gate and the audit need to know. */
    public static Reading reading(Caller caller, SspfCase sspfCase, String resource, String purpose) {
        return new Reading(caller.subject(), caller.agency(), sspfCase.municipality(), sspfCase.youthRef(),
                sspfCase.sharingEnded(), "case/" + sspfCase.id() + resource, purpose);
    }

    /** The case's expected return, sealed: the record of the agency that recorded it, category "other". */
    public static Optional<Owned<ExpectedReturn>> expectedReturnOf(SspfCase sspfCase) {
        return Optional.ofNullable(sspfCase.expectedReturn())
                .map(expected -> Owned.by(expected.owner(), InformationCategory.OTHER, expected));
    }

    public static void requireStaff(Caller caller) {
        if (!caller.hasAnyRole(Role.COORDINATOR, Role.STAFF)) {
            throw ApiProblem.forbidden("case work is for coordinators and staff");
        }
    }

    /** Whether the caller sees the case in full: what {@link #visibleTo} lets through. */
    public static boolean maySee(Caller caller, SspfCase sspfCase) {
        if (!sspfCase.municipality().equals(caller.municipality())
                || !caller.hasAnyRole(Role.COORDINATOR, Role.STAFF)) {
            return false;
        }
        return sspfCase.isParticipant(caller.subject())
                || caller.agency() == Agency.SOCIAL_SERVICES && caller.hasRole(Role.COORDINATOR);
    }
}
