package se.sspf.platform.consentgate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.contracts.consent.ShareVerdict;
import se.sspf.platform.consentrules.ShareQuestion;

/**
 * Asks consent-service's decision API when the local view cannot be trusted: a short timeout per
 * attempt, a retry, and a circuit breaker that stops asking a service that is down so that the
 * deny comes at once. Any failure is an exception; the gate turns it into a deny.
 */
final class ConsentServiceFallback {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI decisions;
    private final Duration timeout;
    private final ConsentServiceCredentials credentials;
    private final Retry retry;
    private final CircuitBreaker breaker;

    ConsentServiceFallback(String consentServiceUrl, Duration timeout, ConsentServiceCredentials credentials,
            Retry retry,
                           CircuitBreaker breaker) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.decisions = URI.create(consentServiceUrl.replaceAll("/+$", "") + "/api/consents/decisions");
        this.timeout = timeout;
        this.credentials = credentials;
        this.retry = retry;
        this.breaker = breaker;
    }

    GateDecision decide(ShareQuestion question) {
        String token = credentials.bearerToken()
                .orElseThrow(() -> new IllegalStateException("no credentials to ask the consent service"));
        return breaker.executeSupplier(Retry.decorateSupplier(retry, () -> ask(question, token)));
    }

    private GateDecision ask(ShareQuestion question, String token) {
        String body = JSON.writeValueAsString(Map.of("youthRef", question.youthRef(), "ownerAgency", question.owner(),
                "readerAgency", question.reader(), "category", question.category()));
        HttpRequest request = HttpRequest.newBuilder(decisions)
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400 && response.statusCode() < 500) {
                // The service answered: this asker may not ask. A deny, not an outage: no retry, no breaker failure.
                return GateDecision.unavailable();
            }
            if (response.statusCode() != 200) {
                throw new ConsentServiceUnavailable("the consent service answered " + response.statusCode());
            }
            JsonNode decision = JSON.readTree(response.body());
            JsonNode consentId = decision.path("consentId");
            JsonNode version = decision.path("consentVersion");
            return new GateDecision(ShareVerdict.valueOf(decision.path("verdict").asString()),
                    consentId.isNull() || consentId.isMissingNode() ? null : UUID.fromString(consentId.asString()),
                    version.isNull() || version.isMissingNode() ? null : version.asInt(),
                    GateDecision.Source.CONSENT_SERVICE);
        } catch (IOException e) {
            throw new ConsentServiceUnavailable("the consent service did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsentServiceUnavailable("interrupted while asking the consent service");
        }
    }
}
