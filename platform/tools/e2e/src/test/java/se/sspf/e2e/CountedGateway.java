package se.sspf.e2e;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import se.sspf.testsupport.ApiClient;

/**
 * The gateway as the demo users call it, each with a token of a real login; counts the requests for the sweep's report.
 */
@RequiredArgsConstructor
final class CountedGateway {

    private final ApiClient api;
    private final Function<String, String> login;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    ApiClient.Response get(String user, String path) {
        requests.incrementAndGet();
        return api.get(user == null ? null : token(user), path);
    }

    ApiClient.Response post(String user, String path, Object body) {
        return post(user, path, body, Map.of());
    }

    ApiClient.Response post(String user, String path, Object body, Map<String, String> headers) {
        requests.incrementAndGet();
        return api.post(token(user), path, body, headers);
    }

    ApiClient.Response put(String user, String path, Object body, Map<String, String> headers) {
        requests.incrementAndGet();
        return api.put(token(user), path, body, headers);
    }

    ApiClient.Response exchange(String user, String method, String path, String body, Map<String, String> headers) {
        requests.incrementAndGet();
        return api.exchange(token(user), method, path, body, headers);
    }

    int requests() {
        return requests.get();
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, login);
    }
}
