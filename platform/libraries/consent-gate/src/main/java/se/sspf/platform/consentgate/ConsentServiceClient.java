package se.sspf.platform.consentgate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps a data-holding service takes with consent-service synchronously, because they must not wait for
 * Kafka: tearing a case's consents up as part of closing it (sharing then stops within the gates' bound
 * whatever the broker does: a gate whose view is stale asks consent-service, which already knows), and
 * reading which birth date the case's consents were signed for when the youth's identity is attached.
 * Asked with the bearer token of the request being served, so consent-service checks and audits the person.
 * Any failure is a {@link ConsentServiceUnavailable}: the step must not go ahead, and may be retried.
 */
public final class ConsentServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String consents;
    private final Duration timeout;
    private final ConsentServiceCredentials credentials;

    ConsentServiceClient(String consentServiceUrl, Duration timeout, ConsentServiceCredentials credentials) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.consents = consentServiceUrl.replaceAll("/+$", "") + "/api/consents";
        this.timeout = timeout;
        this.credentials = credentials;
    }

    /** Tears up every consent of the case; tearing up twice changes nothing, so a failed closing can be retried. */
    public void tearUpConsentsOf(UUID caseId) {
        HttpRequest request = request(URI.create(consents + "/tear-ups"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("caseId", caseId))))
                .build();
        expect(204, send(request), "the tear-up");
    }

    /**
     * The birth dates the case's consents were registered with (one, as consent-service keeps them alike); none before
     * a consent.
     */
    public List<LocalDate> birthDatesConsentedFor(UUID caseId) {
        HttpResponse<String> response = send(request(URI.create(consents + "?size=100&caseId=" + caseId)).GET()
                .build());
        expect(200, response, "the consents of the case");
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode consent : JSON.readTree(response.body()).path("consents")) {
            dates.add(LocalDate.parse(consent.path("youthBirthDate").asString()));
        }
        return dates.stream().distinct().toList();
    }

    private HttpRequest.Builder request(URI uri) {
        String token = credentials.bearerToken()
                .orElseThrow(() -> new ConsentServiceUnavailable("no credentials to ask the consent service"));
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ConsentServiceUnavailable("the consent service did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsentServiceUnavailable("interrupted while asking the consent service");
        }
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new ConsentServiceUnavailable("the consent service answered " + response.statusCode() + " to "
                    + what);
        }
    }
}
