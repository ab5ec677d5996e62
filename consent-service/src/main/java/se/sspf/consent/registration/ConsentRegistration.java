package se.sspf.consent.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.consent.access.ConsentAccess;
import se.sspf.consent.access.ConsentAudit;
import se.sspf.consent.domain.Consent;
import se.sspf.consent.domain.ConsentChange;
import se.sspf.consent.domain.ConsentRuleViolation;
import se.sspf.consent.domain.YouthOfTheCase;
import se.sspf.consent.publication.ConsentPublication;
import se.sspf.consent.store.ConsentStore;
import se.sspf.consent.store.StoredConsent;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.consent.ConsentStatus;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.consentrules.AgeRanges;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * ConsentRegistration: a handler registers a signed consent form for a case. The consent, its history,
 * its events, the youth's new state and the audit entry commit together, or nothing does. A
 * retried request with the same Idempotency-Key returns the consent the first one made.
 */
@Service
@RequiredArgsConstructor
public class ConsentRegistration {

    private final ConsentAccess access;
    private final AgeRanges ageRanges;
    private final ConsentStore store;
    private final ConsentPublication publication;
    private final ConsentAudit audit;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    /** @param idempotencyKey the client's key for this request, or null */
    public Registration register(Caller caller, RegistrationRequest request, String idempotencyKey) {
        CaseRecord sspfCase = access.caseToRegisterFor(caller, request.caseId());
        if (!sspfCase.youthRef().equals(request.youthRef())) {
            // Another youth's reference: the gate is keyed by youth, so this would share another case's records.
            throw ApiProblem.notFound("the case");
        }
        if (sspfCase.status() != CaseRecord.Status.AWAITING_CONSENT && sspfCase.status() != CaseRecord.Status.ACTIVE) {
            throw ApiProblem.conflict("case-not-offered",
                    "a consent is registered for a case social services offered and that is not closed");
        }
        ConsentAccess.requireNamedAgency(caller, request.terms().scope().agencies());
        String requestHash = hashOf(request);
        try {
            return transaction.execute(status -> replay(caller, idempotencyKey, requestHash)
                    .orElseGet(() -> registerNew(caller, request, idempotencyKey, requestHash)));
        } catch (DuplicateKeyException concurrentRetry) {
            // The same request arrived twice at once and the other one committed first: answer as it did.
            return transaction.execute(status -> replay(caller, idempotencyKey, requestHash)
                    .orElseThrow(() -> concurrentRetry));
        }
    }

    private Optional<Registration> replay(Caller caller, String idempotencyKey, String requestHash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return store.registrationFor(caller.municipality(), idempotencyKey, requestHash)
                .flatMap(store::find)
                .map(stored -> new Registration(stored, true));
    }

    private Registration registerNew(Caller caller, RegistrationRequest request, String idempotencyKey,
                                     String requestHash) {
        store.lockCase(request.caseId());
        boolean caseHasConsent = store.findByCase(request.caseId()).stream().map(StoredConsent::consent)
                .anyMatch(existing -> existing.municipality().equals(caller.municipality())
                        && existing.status() == ConsentStatus.ACTIVE && clock.instant().isBefore(existing.expiresAt()));
        if (caseHasConsent) {
            throw ApiProblem.conflict("case-has-a-consent",
                    "the case already has a consent in force; change its terms instead");
        }
        List<Consent> earlier = store.findByCase(request.caseId()).stream().map(StoredConsent::consent).toList();
        AgeRanges.Range served = ageRanges.of(caller.municipality());
        YouthOfTheCase.check(request.youthBirthDate(), SwedishTime.today(clock), served.min(),
                served.max(), earlier);
        ConsentChange registered;
        try {
            registered = Consent.register(UUID.randomUUID(), caller.municipality(), request.caseId(),
                    request.youthRef(), request.youthBirthDate(), request.terms().toTerms(), clock.instant(),
                    caller.subject());
        } catch (ConsentRuleViolation broken) {
            // The rules judge the terms (and the birth date beside them); in this form the terms are one field.
            throw "youthBirthDate".equals(broken.field()) ? broken : broken.within("terms");
        }
        Consent consent = registered.consent();
        store.insert(consent, "ConsentGiven", caller.subject());
        if (idempotencyKey != null) {
            store.rememberRegistration(caller.municipality(), idempotencyKey, requestHash, consent.id());
        }
        publication.announce(registered);
        audit.record(caller, AuditAction.CREATE, consent, "registering the signed consent form");
        return new Registration(new StoredConsent(consent, 1), false);
    }

    private String hashOf(RegistrationRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The registered consent; {@code replayed} when an earlier request with the same key made it. */
    public record Registration(StoredConsent stored, boolean replayed) {
    }
}
