package se.sspf.gateway.resilience;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import se.sspf.gateway.Problems;

/**
 * Where a route's circuit breaker sends a request its service cannot answer (down, refusing, too
 * slow, or the breaker open): a quick 503 problem+json, while the other routes go on working.
 */
@RestController
class Unavailable {

    private static final Logger LOG = LoggerFactory.getLogger(Unavailable.class);

    @RequestMapping("/unavailable/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        // For the operators: why (never the request's content, which the gateway does not log).
        LOG.warn("{} unavailable: {}", service, cause == null ? "unknown" : cause.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the " + service + " cannot answer right now; try again shortly");
        problem.setType(URI.create("https://sspf.se/problems/service-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
