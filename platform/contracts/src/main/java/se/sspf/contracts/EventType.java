package se.sspf.contracts;

import se.sspf.contracts.audit.AuditRecorded;

/**
 * The catalogue of event types: CloudEvents {@code type}, the topic it travels on and the record
 * that is its {@code data}. Each has a JSON Schema at {@code contracts/schemas/<type>.schema.json}
 * and an example at {@code contracts/examples/<type>.json} that agency systems can read.
 */
public enum EventType {
    AUDIT_RECORDED("se.sspf.audit.AuditRecorded.v1", Topics.AUDIT_RECORDED, AuditRecorded.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> dataClass;

    EventType(String type, String topic, Class<? extends Record> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> dataClass() {
        return dataClass;
    }

    public String schemaResource() {
        return "contracts/schemas/" + type + ".schema.json";
    }

    public String exampleResource() {
        return "contracts/examples/" + type + ".json";
    }
}
