package se.sspf.platform.events;

/**
 * The name a topic has on this cluster: the contract's name behind an optional prefix
 * ({@code SSPF_KAFKA_TOPIC_PREFIX}), for clusters shared by several environments and for tests
 * that must not see each other's events. Listeners use {@code "${sspf.kafka.topic-prefix:}" + Topics.X}.
 */
public record TopicNames(String prefix) {

    public String of(String contractTopic) {
        return prefix + contractTopic;
    }

    /** Where a consumer parks a message it cannot handle. */
    public static String deadLetterOf(String topic) {
        return topic + ".DLT";
    }
}
