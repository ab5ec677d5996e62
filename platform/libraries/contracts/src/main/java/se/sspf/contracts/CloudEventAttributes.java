package se.sspf.contracts;

/**
 * How SSPF fills the CloudEvents 1.0 envelope (structured JSON mode, one event per Kafka record):
 * {@code id} is the event id consumers de-duplicate on, {@code time} when it happened,
 * {@code subject} and the record key are the youth's pseudonymous reference, so all events about
 * one youth stay in order on one partition. No name or personal identity number is ever in an event.
 */
public final class CloudEventAttributes {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** {@code source} is this prefix followed by the producing service's name. */
    public static final String SOURCE_PREFIX = "/sspf/";

    private CloudEventAttributes() {
    }
}
