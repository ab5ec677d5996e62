package se.sspf.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An agency system's webhook endpoint, for real over HTTP: it verifies every delivery's Standard
 * Webhooks signature on its own (not with the service's code), and can be told to fail.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> accepted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** A delivery this endpoint accepted: its id, its body, and whether its signature held. */
    record Received(String webhookId, String body, boolean signatureValid) {
    }

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String endpoint) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + endpoint;
    }

    /** The secret the subscription for this endpoint was given. */
    void trust(String endpoint, String secret) {
        secrets.put(endpoint, secret);
    }

    void failNext(String endpoint, int times) {
        failuresLeft.computeIfAbsent(endpoint, any -> new AtomicInteger()).set(times);
    }

    List<Received> accepted(String endpoint) {
        return List.copyOf(accepted.getOrDefault(endpoint, List.of()));
    }

    int attempts(String endpoint) {
        return attempts.getOrDefault(endpoint, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String endpoint = exchange.getRequestURI().getPath().substring(1);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        attempts.computeIfAbsent(endpoint, any -> new AtomicInteger()).incrementAndGet();
        AtomicInteger failing = failuresLeft.get(endpoint);
        if (failing != null && failing.getAndUpdate(left -> left > 0 ? left - 1 : left) != 0) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        boolean valid = verify(secrets.get(endpoint), id, exchange.getRequestHeaders().getFirst("webhook-timestamp"), body,
                exchange.getRequestHeaders().getFirst("webhook-signature"));
        synchronized (accepted) {
            accepted.computeIfAbsent(endpoint, any -> new ArrayList<>()).add(new Received(id, body, valid));
        }
        exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        exchange.close();
    }

    /** Standard Webhooks: HMAC-SHA256 over "id.timestamp.body" with the base64 key after "whsec_", in "v1,<base64>". */
    private static boolean verify(String secret, String id, String timestamp, String body, String signatures) {
        if (secret == null || id == null || timestamp == null || signatures == null
                || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
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

    @Override
    public void close() {
        server.stop(0);
    }
}
