package se.sspf.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries the trace of the request that caused an event across the outbox: the W3C traceparent is
 * stored with the event and the relay sends it under a span of that trace, so one trace runs from
 * the gateway through the service and over Kafka into the consumers.
 */
interface OutboxTracing {

    String currentTraceparent();

    <T> T inTraceOf(String traceparent, Supplier<T> work);

    OutboxTracing NONE = new OutboxTracing() {
        @Override
        public String currentTraceparent() {
            return null;
        }

        @Override
        public <T> T inTraceOf(String traceparent, Supplier<T> work) {
            return work.get();
        }
    };

    static OutboxTracing with(Tracer tracer, Propagator propagator) {
        return new OutboxTracing() {
            @Override
            public String currentTraceparent() {
                TraceContext context = tracer.currentTraceContext().context();
                if (context == null) {
                    return null;
                }
                Map<String, String> carrier = new HashMap<>();
                propagator.inject(context, carrier, Map::put);
                return carrier.get("traceparent");
            }

            @Override
            public <T> T inTraceOf(String traceparent, Supplier<T> work) {
                if (traceparent == null) {
                    return work.get();
                }
                Span span = propagator.extract(Map.of("traceparent", traceparent), Map::get).name("outbox relay")
                        .start();
                try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                    return work.get();
                } finally {
                    span.end();
                }
            }
        };
    }
}
