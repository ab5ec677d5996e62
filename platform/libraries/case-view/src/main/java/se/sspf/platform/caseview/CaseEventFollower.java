package se.sspf.platform.caseview;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a service does with case-service's events besides keeping its case view (a bean). It is
 * handed each record after the view has taken it in, on the same consumer, so it always finds the
 * case and its participants as of that event.
 */
@FunctionalInterface
public interface CaseEventFollower {

    void follow(ConsumerRecord<String, byte[]> record);
}
