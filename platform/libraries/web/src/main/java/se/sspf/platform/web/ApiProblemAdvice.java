package se.sspf.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.sspf.contracts.refusal.IllegalStep;
import se.sspf.contracts.refusal.RetryableFault;
import se.sspf.contracts.refusal.RuleViolation;
import tools.jackson.databind.DatabindException;

/**
 * Every error a service returns is {@code application/problem+json} with a stable {@code type}; bad
 * input names the fields at fault. No stack trace or internal detail ever reaches the caller.
 */
// Ahead of Spring Boot's own problem-details advice, which does not name the fields at fault.
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemAdvice.class);

    /** Writes a problem; for a service's own advice that maps its domain's exceptions. */
    public static ResponseEntity<ProblemDetail> respond(ApiProblem problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(ApiProblem.RETRY_AFTER_SECONDS));
        }
        return response.body(problem.toProblemDetail());
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        return respond(problem);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleBroken(RuleViolation violation) {
        return respond(ApiProblem.ruleBroken(violation.rule(), violation.field(), violation.getMessage()));
    }

    @ExceptionHandler(IllegalStep.class)
    ResponseEntity<ProblemDetail> illegalStep(IllegalStep illegal) {
        return respond(ApiProblem.conflict(illegal.problemType(), illegal.getMessage()));
    }

    /** Nothing changed and the caller may ask again; what did not answer is for the log, not the caller. */
    @ExceptionHandler(RetryableFault.class)
    ResponseEntity<ProblemDetail> retryable(RetryableFault fault) {
        LOG.warn("a request was refused for now: {}", fault.getMessage());
        return respond(ApiProblem.unavailable("a part this request needs did not answer or kept changing; "
                + "nothing was changed, try again"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request has invalid fields: " + String.join(", ",
                errors.stream().map(e -> e.get("field")).sorted().toList()));
        problem.setType(URI.create(ApiProblem.TYPE_BASE + "invalid-request"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = fieldOf(unreadable);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null
                ? "the body is not JSON of the expected shape"
                : "the value of " + field
                + " is not of the expected kind (a misspelled name, a malformed date or number)");
        problem.setType(URI.create(ApiProblem.TYPE_BASE + "unreadable-request"));
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "not of the expected kind")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** The JSON path of the value that could not be read, e.g. {@code terms.scope.agencies[0]}. */
    private static String fieldOf(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                databind.getPath().forEach(reference -> {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                });
                return path.toString();
            }
        }
        return null;
    }
}
