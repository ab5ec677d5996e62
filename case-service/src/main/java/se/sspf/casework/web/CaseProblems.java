package se.sspf.casework.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.sspf.casework.domain.CaseRuleViolation;
import se.sspf.casework.domain.IllegalCaseTransition;
import se.sspf.platform.web.ApiProblem;
import se.sspf.platform.web.ApiProblemAdvice;

/** The domain's refusals as problem+json: a broken rule is a 400 naming it, an illegal step a 409. */
@RestControllerAdvice
class CaseProblems {

    @ExceptionHandler(CaseRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleBroken(CaseRuleViolation violation) {
        return ApiProblemAdvice.respond(ApiProblem.ruleBroken(violation.rule(), violation.field(), violation.getMessage()));
    }

    @ExceptionHandler(IllegalCaseTransition.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalCaseTransition illegal) {
        return ApiProblemAdvice.respond(ApiProblem.conflict("illegal-case-transition", illegal.getMessage()));
    }
}
