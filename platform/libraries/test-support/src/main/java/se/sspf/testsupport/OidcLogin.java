package se.sspf.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs a user in at a real OIDC server as a browser would — authorization code with PKCE through
 * the server's own login form — and returns the access token. For end-to-end tests and the local
 * stack's smoke script; nothing here mints a token.
 */
@RequiredArgsConstructor
public final class OidcLogin {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuer;
    private final String clientId;
    private final String redirectUri;

    public String accessToken(String username, String password) {
        try {
            return login(username, password);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A service's token by the client-credentials grant. */
    public static String clientCredentials(String issuer, String clientId, String secret) {
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return accessTokenOf(token);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String login(String username, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = randomString();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String authorize = issuer + "/oauth2/authorize?"
                + form(Map.of("response_type", "code", "client_id", clientId, "scope", "openid", "redirect_uri",
                redirectUri, "code_challenge", challenge, "code_challenge_method", "S256", "state", randomString()));

        String toLogin = location(http.send(get(authorize), HttpResponse.BodyHandlers.discarding()));
        HttpResponse<String> loginPage = http.send(get(absolute(toLogin)), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no login form at " + toLogin);
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        HttpResponse<Void> loggedIn = http.send(HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                "_csrf", token))))
                .build(), HttpResponse.BodyHandlers.discarding());
        String back = location(loggedIn);
        if (back.contains("error")) {
            throw new IllegalStateException("the identity server refused " + username + "'s login");
        }
        String withCode = location(http.send(get(absolute(back)), HttpResponse.BodyHandlers.discarding()));
        String code = query(withCode, "code");
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", redirectUri, "client_id", clientId, "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        return accessTokenOf(tokens);
    }

    private static String accessTokenOf(HttpResponse<String> tokens) {
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint answered " + tokens.statusCode() + ": "
                    + tokens.body());
        }
        return JSON.readTree(tokens.body()).path("access_token").asString();
    }

    private static HttpRequest get(String url) {
        // As a browser: the server sends a page asking for a login only to one that accepts HTML.
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : issuer + location;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("expected a redirect, got " + response.statusCode()));
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no " + name + " in " + url);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomString() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
