package se.sspf.platform.web;

import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import se.sspf.platform.security.Caller;

/**
 * The problem+json answers an operation can give, read from its handler method: every operation may be
 * refused without a valid token (401), for the caller's role (403) or for now (503); one that takes input, as
 * bad input (400); one that names an object by its path may not find it (404); a change may meet a state that
 * does not allow it (409); and one that takes If-Match answers 412 and 428 ({@link ETags}). An answer the
 * controller documents itself is kept.
 */
final class ProblemResponses implements GlobalOperationCustomizer {

    static final String PROBLEM = "Problem";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        if (takesInput(handler)) {
            add(responses, "400", "the request is malformed or breaks a rule; errors names the fields or parameters");
        }
        add(responses, "401", "no valid bearer token");
        add(responses, "403", "the caller's role does not allow this");
        if (namesAnObject(handler)) {
            add(responses, "404", "not found, or not for the caller to know of");
        }
        if (changes(handler)) {
            add(responses, "409", "the current state does not allow this change");
        }
        if (takesIfMatch(handler)) {
            add(responses, "412", "changed by somebody else since the ETag named in If-Match was read");
            add(responses, "428", "If-Match is needed: send the ETag that was read");
        }
        responses.computeIfAbsent("503", code -> problem("a part this request needs did not answer; nothing "
                + "changed, send the same request again after Retry-After").addHeaderObject(HttpHeaders.RETRY_AFTER,
                new Header().description("seconds to wait").schema(new IntegerSchema())));
        return operation;
    }

    private static void add(ApiResponses responses, String code, String description) {
        responses.computeIfAbsent(code, absent -> problem(description));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static boolean takesInput(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() != Caller.class);
    }

    private static boolean namesAnObject(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
    }

    private static boolean changes(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(method -> method != RequestMethod.GET);
    }

    private static boolean takesIfMatch(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).map(p -> p.getParameterAnnotation(RequestHeader.class))
                .anyMatch(header -> header != null && (HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name())
                        || HttpHeaders.IF_MATCH.equalsIgnoreCase(header.value())));
    }
}
