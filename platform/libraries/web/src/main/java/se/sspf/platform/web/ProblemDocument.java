package se.sspf.platform.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of every error a service answers ({@link ApiProblemAdvice}), for the API document only: RFC 9457
 * problem details with the members of our own that some problems carry.
 */
@Schema(name = ProblemResponses.PROBLEM, description = "An error, as RFC 9457 problem details (problem+json)")
record ProblemDocument(
        @Schema(description = "what kind of problem, stable: " + ApiProblem.TYPE_BASE + "…",
                requiredMode = Schema.RequiredMode.REQUIRED) URI type,
        @Schema(description = "the status code's phrase") String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status,
        @Schema(description = "what is wrong, for a person") String detail,
        URI instance,
        @Schema(description = "the fields or parameters at fault (invalid and unreadable requests)")
        List<FieldError> errors,
        @Schema(description = "the rule a request broke (rule-broken)") String rule,
        @Schema(description = "the field that broke the rule (rule-broken)") String field,
        @Schema(description = "the version now stored (changed-meanwhile)") Long currentVersion,
        @Schema(description = "seconds to wait before sending the same request again (unavailable)")
        Integer retryAfterSeconds) {

    @Schema(name = "ProblemFieldError")
    record FieldError(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String field,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }
}
