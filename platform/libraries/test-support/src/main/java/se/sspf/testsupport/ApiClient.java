package se.sspf.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's API over real HTTP, as a client with a bearer token uses it. */
@RequiredArgsConstructor
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    /** Where it sends requests: for a test that calls the same server with another client (a generated one). */
    public int port() {
        return port;
    }

    public Response post(String token, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(token, path)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request);
    }

    public Response post(String token, String path, Object body) {
        return post(token, path, body, Map.of());
    }

    public Response put(String token, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(token, path)
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request);
    }

    public Response get(String token, String path) {
        return send(request(token, path).GET());
    }

    public Response delete(String token, String path) {
        return send(request(token, path).DELETE());
    }

    /**
     * Any request as written, byte for byte: for bad input (malformed JSON, escapes a serializer would not write,
     * another content type, which the headers may set).
     */
    public Response exchange(String token, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(token, path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        return send(request);
    }

    private HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @param retryAfter the Retry-After header of a 503 or 429, or null */
    public record Response(int status, String body, String contentType, String etag, String retryAfter) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString();
        }
    }
}
