package se.sspf.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.WebhookType;
import se.sspf.testsupport.ContractSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test vector agency integrators check their verification against (contracts/webhook-test-vector.json, quoted
 * in docs/integration.md) is what this service's own signer makes of it, so neither can be wrong.
 */
class PublishedTestVectorTest {

    private static final Path GUIDE = Path.of("../docs/integration.md");

    @Test
    void theServicesSignerMakesThePublishedSignatureOfThePublishedDelivery() throws IOException {
        JsonNode vector = vector();

        assertThat(StandardWebhooks.sign(vector.path("secret").asString(), vector.path("webhookId").asString(),
                Long.parseLong(vector.path("webhookTimestamp").asString()), vector.path("body").asString()))
                .isEqualTo(vector.path("webhookSignature").asString());
    }

    @Test
    void thePublishedDeliveryIsAPingAsItsSchemaSays() throws IOException {
        assertThat(ContractSchemas.violations(WebhookType.PING, vector().path("body").asString())).isEmpty();
    }

    @Test
    void theIntegrationGuideQuotesTheVectorAsPublished() throws IOException {
        String guide = Files.readString(GUIDE);

        for (String field : new String[] {"secret", "webhookId", "webhookTimestamp", "body", "webhookSignature"}) {
            assertThat(guide).as(field).contains(vector().path(field).asString());
        }
    }

    private static JsonNode vector() throws IOException {
        try (InputStream in = PublishedTestVectorTest.class.getClassLoader()
                .getResourceAsStream("contracts/webhook-test-vector.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
