package se.sspf.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.sspf.contracts.EventType;

class ContractExamplesTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyExampleConformsToTheSchemaOfItsType(EventType type) {
        String example = ContractSchemas.example(type);

        assertThat(ContractSchemas.violations(type, example)).isEmpty();
        assertThat(example).contains("\"type\": \"" + type.type() + "\"");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aPersonalIdentityNumberSmuggledIntoTheDataIsRejected(EventType type) {
        String tampered = ContractSchemas.example(type)
                .replaceFirst("\"data\": \\{", "\"data\": {\n    \"personalIdentityNumber\": \"20100101-1234\",");

        assertThat(ContractSchemas.violations(type, tampered))
                .anySatisfy(problem -> assertThat(problem).contains("personalIdentityNumber"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theRecordAndTheSchemaNameTheSameFields(EventType type) {
        List<String> recordFields = Arrays.stream(type.dataClass().getRecordComponents()).map(RecordComponent::getName)
                .sorted().toList();

        assertThat(ContractSchemas.dataFieldsOf(type)).containsExactlyElementsOf(recordFields);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEventWithoutItsIdIsRejected(EventType type) {
        String withoutId = ContractSchemas.example(type).replaceFirst("\"id\": \"[^\"]+\",", "");

        assertThat(ContractSchemas.violations(type, withoutId))
                .anySatisfy(problem -> assertThat(problem).contains("id"));
    }
}
