package se.sspf.example.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import se.sspf.example.webhook.WebhookConsumer.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The consumer's check against the published test vector (contracts/webhook-test-vector.json), and its refusals. */
class WebhookConsumerTest {

    private final JsonNode vector = vector();
    private final byte[] key = WebhookConsumer.keyOf(vector.path("secret").asString());
    private final String id = vector.path("webhookId").asString();
    private final String timestamp = vector.path("webhookTimestamp").asString();
    private final String body = vector.path("body").asString();
    private final String signature = vector.path("webhookSignature").asString();
    private final Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));

    @Test
    void thePublishedDeliveryIsGenuineAtItsTimestamp() {
        assertThat(WebhookConsumer.verify(key, id, timestamp, body, signature, sent)).isEqualTo(Verdict.GENUINE);
    }

    @Test
    void oneCharacterChangedInTheBodyTheIdOrTheTimestampBreaksTheSignature() {
        String otherBody = body.replace("\"agency\":\"POLICE\"", "\"agency\":\"SCHOOL\"");
        String otherTimestamp = Long.toString(sent.getEpochSecond() + 1);

        assertThat(otherBody).isNotEqualTo(body);
        assertThat(WebhookConsumer.verify(key, id, timestamp, otherBody, signature, sent))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(WebhookConsumer.verify(key, id.replace('4', '5'), timestamp, body, signature, sent))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(WebhookConsumer.verify(key, id, otherTimestamp, body, signature, sent))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(WebhookConsumer.verify(key, id, timestamp, body + "\n", signature, sent))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void aDeliveryIsTakenUpToFiveMinutesEitherWayOfTheClockAndNoFurther() {
        assertThat(WebhookConsumer.verify(key, id, timestamp, body, signature, sent.plusSeconds(300)))
                .isEqualTo(Verdict.GENUINE);
        assertThat(WebhookConsumer.verify(key, id, timestamp, body, signature, sent.minusSeconds(300)))
                .isEqualTo(Verdict.GENUINE);
        assertThat(WebhookConsumer.verify(key, id, timestamp, body, signature, sent.plusSeconds(301)))
                .isEqualTo(Verdict.OUT_OF_TOLERANCE);
        assertThat(WebhookConsumer.verify(key, id, timestamp, body, signature, sent.minusSeconds(301)))
                .isEqualTo(Verdict.OUT_OF_TOLERANCE);
    }

    @Test
    void anyV1SignatureOfTheListSufficesAndOtherVersionsAreIgnored() {
        String otherVersion = signature.replace("v1,", "v2,");

        assertThat(WebhookConsumer.verify(key, id, timestamp, body, otherVersion + " " + signature, sent))
                .isEqualTo(Verdict.GENUINE);
        assertThat(WebhookConsumer.verify(key, id, timestamp, body, otherVersion, sent))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void aDeliveryWithoutItsHeadersIsMalformed() {
        assertThat(WebhookConsumer.verify(key, null, timestamp, body, signature, sent)).isEqualTo(Verdict.MALFORMED);
        assertThat(WebhookConsumer.verify(key, id, null, body, signature, sent)).isEqualTo(Verdict.MALFORMED);
        assertThat(WebhookConsumer.verify(key, id, "yesterday", body, signature, sent)).isEqualTo(Verdict.MALFORMED);
        assertThat(WebhookConsumer.verify(key, id, timestamp, body, null, sent)).isEqualTo(Verdict.MALFORMED);
    }

    private static JsonNode vector() {
        try (InputStream in = WebhookConsumerTest.class.getClassLoader()
                .getResourceAsStream("contracts/webhook-test-vector.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
