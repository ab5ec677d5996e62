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

/** An agency system's webhook endpoint over real HTTP: keeps every delivery's body, by the endpoint it came to. */
final class WebhookInbox implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<String>> received = new ConcurrentHashMap<>();

    WebhookInbox() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String endpoint) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + endpoint;
    }

    List<String> deliveredTo(String endpoint) {
        return List.copyOf(received.getOrDefault(endpoint, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String endpoint = exchange.getRequestURI().getPath().substring(1);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.computeIfAbsent(endpoint, any -> new CopyOnWriteArrayList<>()).add(body);
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
