package se.sspf.platform.events;

import java.util.Optional;
import java.util.Set;

/**
 * A Kafka consumer a platform library runs itself, beside Spring's listener containers: which topics it reads
 * and writes and in which consumer group. It says so itself, so that a service's Kafka user (its ACLs) can be
 * checked against what the service really runs rather than against a second list kept by hand.
 */
public interface OwnKafkaClient {

    /** The topics it reads, as named on this cluster (behind the topic prefix). */
    Set<String> topicsRead();

    /** The topics it writes, as named on this cluster. */
    Set<String> topicsWritten();

    /** Its consumer group; empty when it assigns itself partitions and commits nothing. */
    Optional<String> consumerGroup();
}
