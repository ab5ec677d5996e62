package se.sspf.consent.access;

import java.util.Optional;
import java.util.Set;

import se.sspf.consent.domain.Consent;
import se.sspf.consent.store.StoredConsent;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * Who may do what with a consent. A consent is seen only in its own municipality, by staff of an
 * agency it names (or an auditor of such an agency); to anybody else it does not exist (404).
 * Registering and changing consents is the work of coordinators and staff (the handler).
 */
public final class ConsentAccess {

    private ConsentAccess() {
    }

    public static void requireHandler(Caller caller, Set<Agency> scope) {
        if (!caller.hasAnyRole(Role.COORDINATOR, Role.STAFF)) {
            throw ApiProblem.forbidden("registering and changing consents is for coordinators and staff");
        }
        if (!scope.contains(caller.agency())) {
            throw ApiProblem.forbidden("a handler's own agency is among those the consent names");
        }
    }

    public static void requireDecider(Caller caller) {
        if (!caller.hasAnyRole(Role.COORDINATOR, Role.STAFF)) {
            throw ApiProblem.forbidden("share decisions are asked by coordinators and staff");
        }
    }

    public static StoredConsent visibleTo(Caller caller, Optional<StoredConsent> stored) {
        return stored.filter(candidate -> maySee(caller, candidate.consent()))
                .orElseThrow(() -> ApiProblem.notFound("the consent"));
    }

    public static StoredConsent changeableBy(Caller caller, Optional<StoredConsent> stored) {
        StoredConsent visible = visibleTo(caller, stored);
        requireHandler(caller, visible.consent().terms().agencies());
        return visible;
    }

    public static boolean maySee(Caller caller, Consent consent) {
        return consent.municipality().equals(caller.municipality())
                && caller.hasAnyRole(Role.COORDINATOR, Role.STAFF, Role.AUDITOR)
                && consent.terms().agencies().contains(caller.agency());
    }
}
