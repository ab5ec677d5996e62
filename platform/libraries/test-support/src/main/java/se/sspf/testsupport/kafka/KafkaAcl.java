package se.sspf.testsupport.kafka;

/**
 * One permission of a Strimzi KafkaUser ({@code spec.authorization.acls}), one operation each: a resource type
 * ({@code topic}, {@code group}, {@code transactionalId}, {@code cluster}), its name and pattern type ({@code literal}
 * or {@code prefix}) and the operation as Strimzi spells it ({@code Read}, {@code Write}, {@code Describe}, …).
 */
public record KafkaAcl(String resourceType, String name, String patternType, String operation) {

    static KafkaAcl onTopic(String topic, String operation) {
        return new KafkaAcl("topic", topic, "literal", operation);
    }

    static KafkaAcl onGroup(String group) {
        return new KafkaAcl("group", group, "literal", "Read");
    }

    static KafkaAcl onTransactionalIds(String prefix, String operation) {
        return new KafkaAcl("transactionalId", prefix, "prefix", operation);
    }

    @Override
    public String toString() {
        return resourceType + ":" + name + (patternType.equals("literal") ? "" : " (" + patternType + ")") + " "
                + operation;
    }
}
