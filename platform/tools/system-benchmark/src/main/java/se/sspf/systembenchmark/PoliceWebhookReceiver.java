package se.sspf.systembenchmark;

import static se.sspf.systembenchmark.Fixture.expect;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The police's webhook endpoint in a scenario: subscribed by the police's administrator through the gateway, it
 * notes when each delivery arrived, under a key the scenario reads from the delivered CloudEvent. Closing it ends
 * the subscription.
 */
final class PoliceWebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Fixture fixture;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final String subscription;

    /** {@code handlers}: threads of its own, as an agency's system has, so that the receiver is not what queues. */
    PoliceWebhookReceiver(Fixture fixture, String path, int handlers, Function<JsonNode, String> keyOf)
            throws IOException {
        this.fixture = fixture;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.handlers = Executors.newFixedThreadPool(handlers);
        server.setExecutor(this.handlers);
        server.createContext("/", exchange -> {
            long now = System.nanoTime();
            arrivals.putIfAbsent(keyOf.apply(JSON.readTree(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8))), now);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        this.subscription = expect(201, fixture.gateway().post(fixture.policeAdmin.token(), "/api/subscriptions",
                Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + path))).text("id");
    }

    /** The {@link System#nanoTime()} each key's delivery arrived at, in the order of the keys. */
    long[] arrivalsOf(String[] keys, Duration within) throws InterruptedException {
        long[] arrived = new long[keys.length];
        long deadline = System.nanoTime() + within.toNanos();
        for (int i = 0; i < keys.length; i++) {
            while (!arrivals.containsKey(keys[i])) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("delivery " + i + " of " + keys.length + " (" + keys[i]
                            + ") never reached the webhook");
                }
                Thread.sleep(5);
            }
            arrived[i] = arrivals.get(keys[i]);
        }
        return arrived;
    }

    @Override
    public void close() {
        fixture.gateway().delete(fixture.policeAdmin.token(), "/api/subscriptions/" + subscription);
        server.stop(0);
        handlers.shutdown();
    }
}
