package se.sspf.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.sspf.contracts.refusal.IllegalStep;
import se.sspf.contracts.refusal.RetryableFault;
import se.sspf.contracts.refusal.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error a service returns is {@code application/problem+json} with a stable {@code type}; bad
 * input names the fields at fault, in {@code errors: [{field, message}]}, whether it came in the body, a parameter,
 * a path variable or a header. No stack trace or internal detail ever reaches the caller.
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
        return invalid(invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidField(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList());
    }

    /** Spring MVC's own method validation: the constraints on a parameter, e.g. {@code @Max(100) int size}. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> {
            String parameter = RequestParameters.nameOf(result.getMethodParameter());
            if (result instanceof ParameterErrors nested) {
                nested.getFieldErrors().forEach(error -> errors.add(new InvalidField(
                        parameter + "." + error.getField(), String.valueOf(error.getDefaultMessage()))));
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(new InvalidField(parameter,
                        String.valueOf(error.getDefaultMessage()))));
            }
        });
        return invalid(errors);
    }

    /** A bean validated through a {@code @Validated} proxy: the path after the method names the parameter. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException violated) {
        return invalid(violated.getConstraintViolations().stream()
                .map(violation -> new InvalidField(RequestParameters.pathOf(violation), violation.getMessage()))
                .toList());
    }

    /** A parameter, path variable or header that is not of its type: {@code page=x}, a malformed id, bad text. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(mismatch.getPropertyName());
        return invalid(List.of(new InvalidField(name, RequestParameters.mismatchOf(mismatch))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return invalid(List.of(new InvalidField(missing.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException unbound,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        if (unbound instanceof MissingRequestHeaderException missing) {
            return invalid(List.of(new InvalidField(missing.getHeaderName(), "is required")));
        }
        return super.handleServletRequestBindingException(unbound, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        JacksonException refused = jacksonCauseOf(unreadable);
        // Not JSON at all (cut short, malformed) is the body's fault, wherever the parser was when it gave up.
        String field = refused == null || refused instanceof StreamReadException ? "" : pathOf(refused);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field.isEmpty()
                ? "the body is not JSON of the expected shape"
                : "the value of " + field + " " + messageOf(refused));
        problem.setType(URI.create(ApiProblem.TYPE_BASE + "unreadable-request"));
        // Missing, not JSON, or not an object: what is wrong is the body itself, and the errors say so.
        problem.setProperty("errors", List.of(field.isEmpty()
                ? new InvalidField("body", "must be a JSON object with this request's fields")
                : new InvalidField(field, messageOf(refused))));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body in another format than JSON: the header at fault is named like any field. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException unsupported,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        ProblemDetail problem = unsupported.getBody();
        problem.setProperty("errors", List.of(new InvalidField(HttpHeaders.CONTENT_TYPE,
                "must be one of " + unsupported.getSupportedMediaTypes())));
        return handleExceptionInternal(unsupported, problem, headers, status, request);
    }

    private static ResponseEntity<Object> invalid(List<InvalidField> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request has invalid fields: " + String.join(", ",
                errors.stream().map(InvalidField::field).distinct().sorted().toList()));
        problem.setType(URI.create(ApiProblem.TYPE_BASE + "invalid-request"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static JacksonException jacksonCauseOf(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** Jackson's own words quote the input, so the caller hears what kind of value was wanted instead. */
    private static String messageOf(JacksonException refused) {
        if (refused instanceof UnacceptableText) {
            return refused.getOriginalMessage();
        }
        if (refused instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        return "is not of the expected kind (a malformed date, number or name, or a number where a name is wanted)";
    }

    /** The JSON path of the value that could not be read, e.g. {@code terms.scope.agencies[0]}. */
    private static String pathOf(JacksonException refused) {
        StringBuilder path = new StringBuilder();
        refused.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.toString();
    }
}
