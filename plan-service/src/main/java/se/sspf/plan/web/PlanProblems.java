package se.sspf.plan.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.sspf.plan.domain.IllegalPlanStep;
import se.sspf.plan.domain.PlanRuleViolation;
import se.sspf.platform.consentgate.ConsentServiceUnavailable;
import se.sspf.platform.web.ApiProblem;
import se.sspf.platform.web.ApiProblemAdvice;

/** The domain's refusals as problem+json: a broken rule is a 400 naming it, an impossible step a 409. */
@RestControllerAdvice
class PlanProblems {

    private static final Logger LOG = LoggerFactory.getLogger(PlanProblems.class);

    @ExceptionHandler(PlanRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleBroken(PlanRuleViolation violation) {
        return ApiProblemAdvice.respond(ApiProblem.ruleBroken(violation.rule(), violation.field(), violation.getMessage()));
    }

    /** consent-service did not confirm a closing's tear-up: nothing changed, try again. */
    @ExceptionHandler(ConsentServiceUnavailable.class)
    ResponseEntity<ProblemDetail> consentServiceUnavailable(ConsentServiceUnavailable unavailable) {
        LOG.warn("a step was refused because consent-service did not confirm it: {}", unavailable.getMessage());
        return ApiProblemAdvice.respond(ApiProblem.unavailable("the consent service did not answer; nothing was changed, try again"));
    }

    @ExceptionHandler(IllegalPlanStep.class)
    ResponseEntity<ProblemDetail> illegalStep(IllegalPlanStep illegal) {
        return ApiProblemAdvice.respond(ApiProblem.conflict("illegal-plan-step", illegal.getMessage()));
    }
}
