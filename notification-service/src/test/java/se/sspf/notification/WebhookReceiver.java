package se.sspf.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import se.sspf.testsupport.ContractSchemas;

/**
 * Agency systems' webhook endpoints, for real over HTTP: each one, once trusted with its subscription's secret,
 * verifies every delivery's Standard Webhooks signature on its own (not with the service's code), checks its body
 * against the JSON Schema published for its type, and can be told to fail. An endpoint nobody trusted does not exist
 * (404).
 */
final class WebhookReceiver implements AutoCloseable {

    /**
     * A delivery an endpoint accepted: its id, its body, whether its signature held, and what its published schema
     * finds wrong with it.
     */
    record Received(String webhookId, String body, boolean signatureValid, List<String> schemaViolations) {
    }

    private final HttpServer server;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
    }

    String url(String endpoint) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + endpoint;
    }

    /** The secret the subscription for this endpoint was given; from now on the endpoint answers. */
    void trust(String endpoint, String secret) {
        endpoints.computeIfAbsent(endpoint, path -> {
            Endpoint created = new Endpoint();
            server.createContext("/" + path, created);
            return created;
        }).secret = secret;
    }

    void failNext(String endpoint, int times) {
        endpoints.get(endpoint).failuresLeft.set(times);
    }

    List<Received> accepted(String endpoint) {
        Endpoint known = endpoints.get(endpoint);
        return known == null ? List.of() : List.copyOf(known.accepted);
    }

    /** Every delivery any endpoint accepted whose body its published schema refuses. */
    List<Received> nonConforming() {
        return endpoints.values().stream().flatMap(endpoint -> endpoint.accepted.stream())
                .filter(delivery -> !delivery.schemaViolations().isEmpty()).toList();
    }

    int attempts(String endpoint) {
        Endpoint known = endpoints.get(endpoint);
        return known == null ? 0 : known.attempts.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One agency system's endpoint and what came to it. */
    private static final class Endpoint implements HttpHandler {

        private volatile String secret;
        private final AtomicInteger failuresLeft = new AtomicInteger();
        private final AtomicInteger attempts = new AtomicInteger();
        private final List<Received> accepted = new CopyOnWriteArrayList<>();

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            attempts.incrementAndGet();
            if (failuresLeft.getAndUpdate(left -> left > 0 ? left - 1 : left) != 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            boolean valid = verify(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"), body,
                    exchange.getRequestHeaders().getFirst("webhook-signature"));
            accepted.add(new Received(id, body, valid, ContractSchemas.webhookViolations(body)));
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        }

        /** Standard Webhooks: HMAC-SHA256 of "id.timestamp.body", keyed by the base64 after "whsec_": "v1,<base64>". */
        private boolean verify(String id, String timestamp, String body, String signatures) {
            if (id == null || timestamp == null || signatures == null
                    || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
                for (String signature : signatures.split(" ")) {
                    if (signature.startsWith("v1,")
                            && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                return false;
            }
        }
    }
}
