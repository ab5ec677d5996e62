package se.sspf.gateway.limits;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.sspf.gateway.Problems;

/**
 * Refuses a body over {@code sspf.gateway.max-request-size} with 413 problem+json: a declared Content-Length at
 * once, a body without one (chunked) as soon as the bytes counted while it arrives pass the limit. The body is held
 * whole, up to the limit, before it is routed, so a service never sees the start of a request that is then refused;
 * the price is at most the limit in memory for each request in flight. (Spring Cloud Gateway's RequestSize filter
 * only reads Content-Length, which a chunked body does not have.)
 */
@Component
class BodySizeLimit implements GlobalFilter, Ordered {

    private final int maxBytes;

    BodySizeLimit(@Value("${sspf.gateway.max-request-size}") DataSize max) {
        this.maxBytes = Math.toIntExact(max.toBytes());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
            return refuse(exchange);
        }
        // The gateway's own body cache holds the joined body and releases it when the exchange ends.
        return ServerWebExchangeUtils.cacheRequestBody(withinLimit(exchange), Mono::just)
                .map(Optional::of)
                .onErrorResume(DataBufferLimitException.class, tooLarge -> Mono.just(Optional.empty()))
                .flatMap(held -> held.map(whole -> chain.filter(exchange.mutate().request(whole).build()))
                        .orElseGet(() -> refuse(exchange)));
    }

    /**
     * The exchange whose body fails as soon as the bytes counted pass the limit. The buffer that passes it still goes
     * on, so that the gateway's body cache, which joins the buffers, releases it with the others (a second join
     * here would release it twice).
     */
    private ServerWebExchange withinLimit(ServerWebExchange exchange) {
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong bytes = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    sink.next(buffer);
                    if (bytes.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        sink.error(new DataBufferLimitException("more than " + maxBytes + " bytes"));
                    }
                });
            }
        };
        return exchange.mutate().request(counted).build();
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                "the request's body is larger than the " + maxBytes + " bytes the API accepts");
    }

    /** After the rate limits, so that a caller over its rate costs no buffering; before anything is routed. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
