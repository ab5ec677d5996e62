package se.sspf.testsupport;

/** A real Kafka broker that a fault test can take away and give back on the same address. */
public interface KafkaServer {

    String bootstrapServers();

    /** Makes the broker unreachable for clients until {@link #start()}. */
    void stop();

    /** Brings the broker back on the same address and waits until it serves. */
    void start();
}
