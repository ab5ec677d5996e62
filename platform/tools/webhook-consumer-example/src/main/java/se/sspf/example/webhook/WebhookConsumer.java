package se.sspf.example.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An agency system's endpoint for SSPF's webhooks, written from the published documents alone (docs/integration.md
 * and the contracts): the JDK's HTTP server and HMAC, no SSPF code, nothing to install. It verifies every delivery
 * per Standard Webhooks, drops a repeated webhook-id, and answers before doing any work. It logs ids only: a body
 * may name the youth.
 *
 * <p>Run it as a source file: {@code SSPF_WEBHOOK_SECRET=whsec_… java se/sspf/example/webhook/WebhookConsumer.java
 * 8099}, and subscribe {@code https://<this host>:8099/…} (behind the agency's TLS terminator).
 */
public final class WebhookConsumer implements AutoCloseable {

    /** The guide's tolerance, as the Standard Webhooks libraries have it: 5 minutes either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String SECRET_PREFIX = "whsec_";

    /** What the check of one delivery found. */
    public enum Verdict {
        GENUINE,
        /** A header is missing, or the timestamp is no number. */
        MALFORMED,
        /** Sent more than the tolerance before or after this clock: perhaps replayed. */
        OUT_OF_TOLERANCE,
        BAD_SIGNATURE
    }

    /** A delivery that held: its headers and its body exactly as received. */
    public record Delivery(String webhookId, String timestamp, String signature, String body) {
    }

    private final byte[] key;
    private final Clock clock;
    private final HttpServer server;
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final List<Delivery> accepted = new CopyOnWriteArrayList<>();

    public WebhookConsumer(int port, String secret, Clock clock) throws IOException {
        this.key = keyOf(secret);
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static void main(String[] args) throws IOException {
        String secret = System.getenv("SSPF_WEBHOOK_SECRET");
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            System.err.println("set SSPF_WEBHOOK_SECRET to the subscription's whsec_ secret");
            System.exit(2);
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
        new WebhookConsumer(port, secret, Clock.systemUTC());
        System.out.println("waiting for SSPF's webhooks on port " + port);
    }

    /** The deliveries that held, each webhook-id once, in the order they came. */
    public List<Delivery> accepted() {
        return List.copyOf(accepted);
    }

    /** The HMAC key: the secret after {@code whsec_}, base64-decoded. */
    public static byte[] keyOf(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a Standard Webhooks secret starts with " + SECRET_PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }

    /** {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}. */
    public static String signatureOf(byte[] key, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The guide's steps 1 to 5, for the headers and the raw body of one delivery, judged at {@code now}. */
    public static Verdict verify(byte[] key, String id, String timestamp, String body, String signatures,
                                 Instant now) {
        if (id == null || timestamp == null || signatures == null || !timestamp.matches("[0-9]{1,18}")) {
            return Verdict.MALFORMED;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), now).abs();
        if (age.compareTo(TOLERANCE) > 0) {
            return Verdict.OUT_OF_TOLERANCE;
        }
        byte[] expected = signatureOf(key, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String signature : signatures.split(" ")) {
            // Constant time: how much of a guess matched must not show in how long the answer takes.
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
                return Verdict.GENUINE;
            }
        }
        return Verdict.BAD_SIGNATURE;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            exchange.sendResponseHeaders(answer(exchange), -1);
        } finally {
            exchange.close();
        }
    }

    private int answer(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return 405;
        }
        // The raw body as received: parsed and written again it would no longer be what was signed.
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        Verdict verdict = verify(key, id, timestamp, body, signature, clock.instant());
        if (verdict != Verdict.GENUINE) {
            System.out.println("refused a delivery: " + verdict);
            return verdict == Verdict.MALFORMED ? 400 : 401;
        }
        if (handled.add(id)) {
            accepted.add(new Delivery(id, timestamp, signature, body));
            System.out.println("accepted delivery " + id);
        }
        return 204;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
