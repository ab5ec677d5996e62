package se.sspf.systembenchmark.gates;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import se.sspf.contracts.consent.ShareVerdict;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.consentgate.ConsentGateAutoConfiguration;
import se.sspf.platform.consentgate.ConsentServiceCredentials;
import se.sspf.platform.consentgate.GateDecision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two gates the system benchmark compares the real one with, and only there: this jar is put
 * on a benchmark copy of a service's class path, never shipped. {@code sspf.benchmark.gate=off}
 * permits everything (the floor: what a read costs without asking); {@code =synchronous} asks
 * consent-service's decision API on every check (the naive design the local view replaces).
 */
@AutoConfiguration(before = ConsentGateAutoConfiguration.class)
@ConditionalOnProperty("sspf.benchmark.gate")
public class BenchmarkGates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Names a consent as a real permit does, so the read does all its other work (the audit entry among it). */
    private static final UUID NO_CONSENT_ASKED = UUID.fromString("00000000-0000-0000-0000-00000000f100");

    @Bean
    @ConditionalOnProperty(name = "sspf.benchmark.gate", havingValue = "off")
    ConsentGate gateOff() {
        return question -> new GateDecision(ShareVerdict.PERMIT_CONSENT, NO_CONSENT_ASKED, 1,
                GateDecision.Source.LOCAL_VIEW);
    }

    @Bean
    @ConditionalOnProperty(name = "sspf.benchmark.gate", havingValue = "synchronous")
    ConsentGate synchronousGate(@Value("${sspf.consent-gate.consent-service-url}") String consentServiceUrl,
            ConsentServiceCredentials credentials) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI decisions = URI.create(consentServiceUrl + "/api/consents/decisions");
        return question -> {
            String body = JSON.writeValueAsString(Map.of("youthRef", question.youthRef(), "ownerAgency",
                    question.owner(), "readerAgency", question.reader(), "category", question.category()));
            HttpRequest request = HttpRequest.newBuilder(decisions).timeout(Duration.ofSeconds(2))
                    .header("Authorization", "Bearer " + credentials.bearerToken().orElseThrow())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return new GateDecision(ShareVerdict.UNAVAILABLE, null, null, GateDecision.Source.NONE);
                }
                JsonNode decision = JSON.readTree(response.body());
                JsonNode consentId = decision.path("consentId");
                return new GateDecision(ShareVerdict.valueOf(decision.path("verdict").asString()),
                        consentId.isNull() || consentId.isMissingNode() ? null : UUID.fromString(consentId.asString()),
                        decision.path("consentVersion").isInt() ? decision.path("consentVersion").asInt() : null,
                        GateDecision.Source.CONSENT_SERVICE);
            } catch (IOException e) {
                return new GateDecision(ShareVerdict.UNAVAILABLE, null, null, GateDecision.Source.NONE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new GateDecision(ShareVerdict.UNAVAILABLE, null, null, GateDecision.Source.NONE);
            }
        };
    }
}
