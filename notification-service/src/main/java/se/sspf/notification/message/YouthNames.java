package se.sspf.notification.message;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.sspf.contracts.Agency;
import se.sspf.platform.caseview.CaseRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks case-service, the only holder of the identity, for the youth's name as the people of an
 * agency may read it in a notification now. case-service decides through its consent gate; every
 * answer but a name (a refusal, a timeout, case-service down) means: no name. Deny by default.
 */
@Component
public class YouthNames {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String caseServiceUrl;
    private final ObjectProvider<CaseServiceCredentials> credentials;

    YouthNames(@Value("${sspf.notification.case-service-url}") String caseServiceUrl,
               ObjectProvider<CaseServiceCredentials> credentials) {
        this.caseServiceUrl = caseServiceUrl;
        this.credentials = credentials;
    }

    public Optional<String> nameFor(CaseRecord caseRecord, Agency recipient) {
        Optional<String> token = Optional.ofNullable(credentials.getIfAvailable())
                .flatMap(c -> c.tokenFor(caseRecord.municipality()));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return ask(caseRecord.caseId(), recipient, token.get());
    }

    private Optional<String> ask(UUID caseId, Agency recipient, String token) {
        URI name = URI.create(caseServiceUrl + "/api/cases/" + caseId + "/identity/name?for=" + recipient.name());
        HttpRequest request = HttpRequest.newBuilder(name)
                .timeout(Duration.ofSeconds(1))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.ofNullable(json.readTree(response.body()).path("name").asString(null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
