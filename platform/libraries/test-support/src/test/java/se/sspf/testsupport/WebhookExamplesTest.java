package se.sspf.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.sspf.contracts.WebhookType;

class WebhookExamplesTest {

    @ParameterizedTest
    @EnumSource(WebhookType.class)
    void everyExampleConformsToTheSchemaOfItsType(WebhookType type) {
        String example = ContractSchemas.example(type);

        assertThat(ContractSchemas.violations(type, example)).isEmpty();
        assertThat(ContractSchemas.webhookViolations(example)).isEmpty();
        assertThat(example).contains("\"type\": \"" + type.type() + "\"");
    }

    @ParameterizedTest
    @EnumSource(WebhookType.class)
    void aPersonalIdentityNumberSmuggledIntoTheDataIsRejected(WebhookType type) {
        String tampered = ContractSchemas.example(type)
                .replaceFirst("\"data\": \\{", "\"data\": {\n    \"personalIdentityNumber\": \"20100101-1234\",");

        assertThat(ContractSchemas.violations(type, tampered))
                .anySatisfy(problem -> assertThat(problem).contains("personalIdentityNumber"));
    }

    @ParameterizedTest
    @EnumSource(WebhookType.class)
    void aDeliveryWithoutItsIdIsRejected(WebhookType type) {
        String withoutId = ContractSchemas.example(type).replaceFirst("\"id\": \"[^\"]+\",", "");

        assertThat(ContractSchemas.violations(type, withoutId))
                .anySatisfy(problem -> assertThat(problem).contains("id"));
    }

    @ParameterizedTest
    @EnumSource(value = WebhookType.class, names = {"CONSENT_ENDED", "CASE_CLOSED"})
    void aNoticeThatSharingEndedNeverNamesTheYouth(WebhookType type) {
        String named = ContractSchemas.example(type).replace("\"youthName\": null", "\"youthName\": \"Kim Andersson\"");

        assertThat(named).contains("Kim Andersson");
        assertThat(ContractSchemas.violations(type, named))
                .anySatisfy(problem -> assertThat(problem).contains("youthName"));
    }

    @Test
    void aPersonalNoticeWithoutTheNameTellsNoDate() {
        String nameless = ContractSchemas.example(WebhookType.MEETING_INVITATION)
                .replace("\"youthName\": \"Kim Andersson\"", "\"youthName\": null");

        assertThat(nameless).contains("\"youthName\": null");
        assertThat(ContractSchemas.violations(WebhookType.MEETING_INVITATION, nameless))
                .anySatisfy(problem -> assertThat(problem).contains("at"));
        assertThat(ContractSchemas.violations(WebhookType.MEETING_INVITATION,
                nameless.replaceFirst("\"at\": \"[^\"]+\"", "\"at\": null"))).isEmpty();
    }

    @Test
    void aTypeTheCatalogueDoesNotKnowIsRefused() {
        String unknown = ContractSchemas.example(WebhookType.PING).replace("Ping.v1", "Pong.v1");

        assertThat(ContractSchemas.webhookViolations(unknown)).containsExactly(
                "no published webhook type: se.sspf.notification.Pong.v1");
    }
}
