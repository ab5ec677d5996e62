package se.sspf.consent.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.consent.access.ConsentAccess;
import se.sspf.consent.access.ConsentAudit;
import se.sspf.consent.domain.Consent;
import se.sspf.consent.domain.ConsentChange;
import se.sspf.consent.domain.ConsentTerms;
import se.sspf.consent.domain.SignerRole;
import se.sspf.consent.publication.ConsentPublication;
import se.sspf.consent.store.ConcurrentConsentChange;
import se.sspf.consent.store.ConsentStore;
import se.sspf.consent.store.StoredConsent;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * RevokeConsent, ReconfirmConsent, ChangeConsentTerms and TearUpConsent: every change after
 * registration. Each reads the consent, lets the domain decide, and writes only if nobody changed
 * it meanwhile (optimistic locking). A caller who sent If-Match gets 412 on a conflict; a caller
 * who did not (a revocation must always get through) is retried against the fresh state.
 */
@Service
@RequiredArgsConstructor
public class ConsentLifecycle {

    private static final int ATTEMPTS = 5;

    private final ConsentAccess access;
    private final ConsentStore store;
    private final ConsentPublication publication;
    private final ConsentAudit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public StoredConsent revoke(Caller caller, UUID id, SignerRole by, String guardianRef, String reason,
                                Long ifMatch) {
        return change(caller, id, ifMatch, "ConsentRevoked", "recording the withdrawal of the consent",
                (consent, now) -> consent.revoke(by, guardianRef, reason, caller.subject(), now));
    }

    public StoredConsent reconfirm(Caller caller, UUID id, LocalDate signedOn, Long ifMatch) {
        return change(caller, id, ifMatch, "ConsentReconfirmed", "recording the youth's reconfirmation at 18",
                (consent, now) -> consent.reconfirm(signedOn, now));
    }

    public StoredConsent changeTerms(Caller caller, UUID id, ConsentTerms terms, Long ifMatch) {
        if (ifMatch == null) {
            throw ApiProblem.versionRequired();
        }
        ConsentAccess.requireNamedAgency(caller, terms.agencies());
        return change(caller, id, ifMatch, "ConsentScopeChanged", "registering a newly signed scope",
                (consent, now) -> consent.changeScope(terms, now));
    }

    /**
     * The case's coordinator closing it tears its consents up through this service's API, before the closing
     * commits in case-service, so that sharing stops whatever Kafka does. The CaseClosed event that follows
     * finds them torn up already.
     */
    public void tearUpForClosing(Caller caller, UUID caseId) {
        CaseRecord sspfCase = access.caseClosedBy(caller, caseId);
        transaction.executeWithoutResult(status -> {
            for (StoredConsent stored : store.findByCase(caseId)) {
                if (stored.consent().municipality().equals(sspfCase.municipality()) && tearUp(stored)) {
                    audit.record(caller, AuditAction.UPDATE, stored.consent(),
                            "tearing up the consent as the case closes");
                }
            }
        });
    }

    /** The case closed: every consent of it still active is torn up. Runs in the caller's transaction. */
    public void tearUp(CaseClosed closed) {
        for (StoredConsent stored : store.findByCase(closed.caseId())) {
            if (stored.consent().municipality().equals(closed.municipality())) {
                tearUp(stored);
            }
        }
    }

    /** @return whether it was torn up now (not before) */
    private boolean tearUp(StoredConsent stored) {
        for (int attempt = 1; ; attempt++) {
            ConsentChange change = stored.consent().tearUp(clock.instant());
            if (!change.changedAnything()) {
                return false;
            }
            try {
                store.update(change.consent(), stored.rowVersion(), "ConsentTornUp", "case-service");
                publication.announce(change);
                return true;
            } catch (ConcurrentConsentChange raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                stored = store.find(stored.consent().id()).orElseThrow();
            }
        }
    }

    private StoredConsent change(Caller caller, UUID id, Long ifMatch, String changeName, String purpose,
                                 BiFunction<Consent, Instant, ConsentChange> operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    StoredConsent stored = access.handledBy(caller, store.find(id));
                    ConsentAccess.requireNamedAgency(caller, stored.consent().terms().agencies());
                    if (ifMatch != null && ifMatch != stored.rowVersion()) {
                        throw ApiProblem.changedMeanwhile(stored.rowVersion());
                    }
                    ConsentChange change = operation.apply(stored.consent(), clock.instant());
                    long rowVersion = store.update(change.consent(), stored.rowVersion(), changeName, caller.subject());
                    publication.announce(change);
                    audit.record(caller, AuditAction.UPDATE, change.consent(), purpose);
                    return new StoredConsent(change.consent(), rowVersion);
                });
            } catch (ConcurrentConsentChange raced) {
                if (ifMatch != null || attempt == ATTEMPTS) {
                    throw ApiProblem.changedMeanwhile(raced.currentRowVersion());
                }
            }
        }
    }
}
