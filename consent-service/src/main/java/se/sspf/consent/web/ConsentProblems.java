package se.sspf.consent.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.sspf.consent.domain.ConsentRuleViolation;
import se.sspf.consent.domain.IllegalConsentChange;
import se.sspf.consent.store.ConcurrentConsentChange;
import se.sspf.consent.store.IdempotencyKeyReused;
import se.sspf.platform.web.ApiProblem;
import se.sspf.platform.web.ApiProblemAdvice;

/** The domain's refusals as problem+json: a broken rule is a 400 naming it, an impossible change a 409. */
@RestControllerAdvice
class ConsentProblems {

    @ExceptionHandler(ConsentRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleBroken(ConsentRuleViolation violation) {
        return ApiProblemAdvice.respond(ApiProblem.ruleBroken(violation.rule(), violation.field(), violation.getMessage()));
    }

    @ExceptionHandler(IllegalConsentChange.class)
    ResponseEntity<ProblemDetail> illegalChange(IllegalConsentChange illegal) {
        return ApiProblemAdvice.respond(ApiProblem.conflict("illegal-consent-change", illegal.getMessage()));
    }

    /** A tear-up that kept racing other changes: nothing half-done, and the caller may simply ask again. */
    @ExceptionHandler(ConcurrentConsentChange.class)
    ResponseEntity<ProblemDetail> keptChanging(ConcurrentConsentChange raced) {
        return ApiProblemAdvice.respond(ApiProblem.unavailable("the consent kept changing meanwhile; nothing was changed, try again"));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused reused) {
        return ApiProblemAdvice.respond(new ApiProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotency-key-reused", reused.getMessage(), java.util.Map.of()));
    }
}
