package se.sspf.gateway.errors;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.sspf.gateway.Problems;

/**
 * Every error the gateway meets itself — no route for the path (404), a method it does not serve (405), anything
 * unforeseen (500) — as problem+json whose {@code type} names the status ({@code not-found},
 * {@code method-not-allowed}, …), in place of Spring Boot's error attributes. The detail is the gateway's own
 * sentence, never the exception's message; an unforeseen error is logged with its cause for the operators.
 */
@Component
// Before Spring Boot's default error handler (-1) and WebFlux's status handler (0).
@Order(-2)
class ErrorsAsProblems implements ErrorWebExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorsAsProblems.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatus status = statusOf(error);
        if (status.is5xxServerError()) {
            LOG.error("{} {} failed in the gateway", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error);
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (error instanceof ErrorResponse known) {
            // Such as Allow for a 405.
            headers.addAll(known.getHeaders());
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        }
        return Problems.write(exchange, status, status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                detailOf(status));
    }

    private static HttpStatus statusOf(Throwable error) {
        HttpStatus status = error instanceof ErrorResponse known ? HttpStatus.resolve(known.getStatusCode().value())
                : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "nothing is served at this path";
            case METHOD_NOT_ALLOWED -> "this path does not take that method";
            case INTERNAL_SERVER_ERROR -> "the gateway could not handle the request";
            default -> status.getReasonPhrase();
        };
    }
}
