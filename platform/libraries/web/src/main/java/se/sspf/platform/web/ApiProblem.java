package se.sspf.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure the caller must hear about, as RFC 9457 problem details with a stable {@code type}.
 * Application services throw it; {@link ApiProblemAdvice} writes it.
 */
public class ApiProblem extends RuntimeException {

    public static final String TYPE_BASE = "https://sspf.se/problems/";

    private final HttpStatus status;
    private final String type;
    private final Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String type, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    /** 404, also for what exists but the caller may not know of: guessing an id reveals nothing. */
    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", what + " was not found", Map.of());
    }

    /** 403 for a caller whose role does not allow the action at all (never for a particular object: that is a 404). */
    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", detail, Map.of());
    }

    /** 428: a change of something others may also be changing must say which version it saw (If-Match). */
    public static ApiProblem versionRequired() {
        return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "version-required",
                "send If-Match with the ETag you read, so that nobody's change is overwritten", Map.of());
    }

    /** 400 for input that breaks a rule of the domain, naming the rule and the field. */
    public static ApiProblem ruleBroken(String rule, String field, String detail) {
        // The field also in errors[], where every other refusal of input names its fields.
        return new ApiProblem(HttpStatus.BAD_REQUEST, "rule-broken", detail, Map.of("rule", rule, "field", field,
                "errors", List.of(new InvalidField(field, detail))));
    }

    /** 409 for a change the current state does not allow. */
    public static ApiProblem conflict(String type, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, type, detail, Map.of());
    }

    /** 412: somebody else changed it since the caller read it. */
    public static ApiProblem changedMeanwhile(long currentVersion) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "changed-meanwhile",
                "it was changed by somebody else since you read it; read it again",
                Map.of("currentVersion", currentVersion));
    }

    /** 503 with Retry-After: a part this request needs did not answer; the same request may be sent again. */
    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", detail,
                Map.of(RETRY_AFTER, RETRY_AFTER_SECONDS));
    }

    /** Seconds a caller of a 503 waits before it tries again: long enough for a restart or a broker to come back. */
    static final int RETRY_AFTER_SECONDS = 2;
    static final String RETRY_AFTER = "retryAfterSeconds";

    ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPE_BASE + type));
        properties.forEach(problem::setProperty);
        return problem;
    }

    HttpStatus status() {
        return status;
    }
}
