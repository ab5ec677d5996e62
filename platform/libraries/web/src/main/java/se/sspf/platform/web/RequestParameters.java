package se.sspf.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Names a refused parameter as the client sent it, and says what kind of value it wants. */
final class RequestParameters {

    private RequestParameters() {
    }

    /** The name in the request: {@code @RequestParam("for") Agency recipient} is {@code for}. */
    static String nameOf(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        String named = query != null ? query.name() : path != null ? path.name() : header != null ? header.name() : "";
        return named.isEmpty() ? String.valueOf(parameter.getParameterName()) : named;
    }

    /** The path of a violation after its method: {@code ofCase.size} is {@code size}, elements by index. */
    static String pathOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }

    /** What a parameter of the wrong kind should have been; text that is not clean says what is wrong with it. */
    static String mismatchOf(TypeMismatchException mismatch) {
        Class<?> wanted = mismatch.getRequiredType();
        if (wanted == String.class && mismatch.getMostSpecificCause() instanceof IllegalArgumentException refused) {
            return String.valueOf(refused.getMessage());
        }
        if (wanted != null && wanted.isEnum()) {
            return "is not one of " + Arrays.stream(wanted.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "is not a valid " + (wanted == null ? "value" : wanted.getSimpleName());
    }
}
