package se.sspf.testsupport.kafka;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a running service does on Kafka, by the contract's topic names (without the deployment's prefix): the topics
 * it reads and writes, the topics it only declares (Spring's KafkaAdmin describes them at start), its consumer groups
 * and the transactional id prefix of a transactional producer. {@link #acls()} is the least a broker with
 * {@code authorization: simple} must allow it.
 */
public record KafkaUse(Set<String> reads, Set<String> writes, Set<String> declares, Set<String> groups,
                       Optional<String> transactionalIdPrefix) {

    /**
     * Read and Write each imply Describe on the broker, so Describe is granted alone only for a topic the service
     * declares without using it. An idempotent producer needs no cluster permission since Kafka 3.0 (KIP-679): Write
     * on a topic is enough to get a producer id. A transactional one needs its transactional ids.
     */
    public Set<KafkaAcl> acls() {
        Set<KafkaAcl> acls = new TreeSet<>(Comparator.comparing(KafkaAcl::toString));
        reads.forEach(topic -> acls.add(KafkaAcl.onTopic(topic, "Read")));
        writes.forEach(topic -> acls.add(KafkaAcl.onTopic(topic, "Write")));
        declares.stream().filter(topic -> !reads.contains(topic) && !writes.contains(topic))
                .forEach(topic -> acls.add(KafkaAcl.onTopic(topic, "Describe")));
        groups.forEach(group -> acls.add(KafkaAcl.onGroup(group)));
        transactionalIdPrefix.ifPresent(prefix -> {
            acls.add(KafkaAcl.onTransactionalIds(prefix, "Write"));
            acls.add(KafkaAcl.onTransactionalIds(prefix, "Describe"));
        });
        return acls;
    }

    /** A Kafka client a platform library runs itself (the consent view, the re-drive), as it describes itself. */
    public record OwnClient(Set<String> reads, Set<String> writes, Optional<String> group) {
    }
}
