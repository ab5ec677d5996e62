package se.sspf.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import se.sspf.testsupport.ContractSchemas;

/**
 * An agency system's webhook endpoint over real HTTP: keeps every delivery's body and Standard Webhooks headers,
 * by the endpoint it came to, and checks each against the JSON Schema published for its type: a test that reads
 * a delivery its schema refuses fails, so whatever the platform sends, an agency's system can read with the
 * published documents alone.
 */
final class WebhookInbox implements AutoCloseable {

    /** One delivery as it came: the body, the headers its signature is checked with, what its schema refuses. */
    record Delivery(String body, String id, String timestamp, String signature, List<String> schemaViolations) {
    }

    private final HttpServer server;
    private final Map<String, List<Delivery>> received = new ConcurrentHashMap<>();

    WebhookInbox() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String endpoint) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + endpoint;
    }

    List<String> deliveredTo(String endpoint) {
        return deliveriesTo(endpoint).stream().map(Delivery::body).toList();
    }

    List<Delivery> deliveriesTo(String endpoint) {
        List<Delivery> deliveries = List.copyOf(received.getOrDefault(endpoint, List.of()));
        for (Delivery delivery : deliveries) {
            if (!delivery.schemaViolations().isEmpty()) {
                throw new AssertionError("delivery " + delivery.id() + " to " + endpoint
                        + " breaks the schema published for its type: " + delivery.schemaViolations());
            }
        }
        return deliveries;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String endpoint = exchange.getRequestURI().getPath().substring(1);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.computeIfAbsent(endpoint, any -> new CopyOnWriteArrayList<>()).add(new Delivery(body,
                exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), ContractSchemas.webhookViolations(body)));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
