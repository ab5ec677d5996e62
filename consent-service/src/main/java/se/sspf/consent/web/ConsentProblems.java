package se.sspf.consent.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.sspf.consent.store.IdempotencyKeyReused;
import se.sspf.platform.web.ApiProblem;
import se.sspf.platform.web.ApiProblemAdvice;

/**
 * The one refusal of consent-service's own: a registration's idempotency key sent again with another body. The
 * domain's broken rules, illegal changes and retryable faults are answered by platform/libraries/web's
 * ApiProblemAdvice.
 */
@RestControllerAdvice
class ConsentProblems {

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused reused) {
        return ApiProblemAdvice.respond(new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                reused.getMessage(), Map.of()));
    }
}
