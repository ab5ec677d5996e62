package se.sspf.casework.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.sspf.casework.domain.CaseRuleViolation;
import se.sspf.casework.domain.IllegalCaseTransition;
import se.sspf.platform.consentgate.ConsentServiceUnavailable;
import se.sspf.platform.web.ApiProblem;
import se.sspf.platform.web.ApiProblemAdvice;

/** The domain's refusals as problem+json: a broken rule is a 400 naming it, an illegal step a 409. */
@RestControllerAdvice
class CaseProblems {

    private static final Logger LOG = LoggerFactory.getLogger(CaseProblems.class);

    @ExceptionHandler(CaseRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleBroken(CaseRuleViolation violation) {
        return ApiProblemAdvice.respond(ApiProblem.ruleBroken(violation.rule(), violation.field(), violation.getMessage()));
    }

    /** consent-service did not confirm a step that must not go ahead without it: nothing changed, try again. */
    @ExceptionHandler(ConsentServiceUnavailable.class)
    ResponseEntity<ProblemDetail> consentServiceUnavailable(ConsentServiceUnavailable unavailable) {
        LOG.warn("a step was refused because consent-service did not confirm it: {}", unavailable.getMessage());
        return ApiProblemAdvice.respond(ApiProblem.unavailable("the consent service did not answer; nothing was changed, try again"));
    }

    @ExceptionHandler(IllegalCaseTransition.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalCaseTransition illegal) {
        return ApiProblemAdvice.respond(ApiProblem.conflict("illegal-case-transition", illegal.getMessage()));
    }
}
