package se.sspf.gateway.resilience;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.sspf.gateway.Problems;

/**
 * Where a route's circuit breaker sends a request its service cannot answer (down, refusing, too
 * slow, or the breaker open): a quick 503 problem+json, while the other routes go on working.
 */
@RestController
class Unavailable {

    @RequestMapping("/unavailable/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "5");
        return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "the " + service + " cannot answer right now; try again shortly");
    }
}
