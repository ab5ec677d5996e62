package se.sspf.plan.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.sspf.plan.domain.IllegalPlanStep;
import se.sspf.plan.domain.PlanRuleViolation;
import se.sspf.platform.web.ApiProblem;
import se.sspf.platform.web.ApiProblemAdvice;

/** The domain's refusals as problem+json: a broken rule is a 400 naming it, an impossible step a 409. */
@RestControllerAdvice
class PlanProblems {

    @ExceptionHandler(PlanRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleBroken(PlanRuleViolation violation) {
        return ApiProblemAdvice.respond(ApiProblem.ruleBroken(violation.rule(), violation.field(), violation.getMessage()));
    }

    @ExceptionHandler(IllegalPlanStep.class)
    ResponseEntity<ProblemDetail> illegalStep(IllegalPlanStep illegal) {
        return ApiProblemAdvice.respond(ApiProblem.conflict("illegal-plan-step", illegal.getMessage()));
    }
}
