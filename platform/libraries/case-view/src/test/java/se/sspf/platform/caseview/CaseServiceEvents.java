package se.sspf.platform.caseview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.sspf.contracts.Agency;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.casework.CaseActivated;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.CaseDecided;
import se.sspf.contracts.casework.CaseEvent;
import se.sspf.contracts.casework.CaseProposed;
import se.sspf.contracts.casework.ParticipantAdded;
import se.sspf.contracts.casework.RiskIndicator;
import se.sspf.platform.events.CloudEventCodec;
import se.sspf.platform.events.TopicNames;

/**
 * Tells a service about cases the way case-service does: its events, on its topic, keyed by youth.
 * For the tests of services that keep a case view; published in this module's test jar.
 */
public final class CaseServiceEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final TopicNames topics;
    private final CloudEventCodec codec = new CloudEventCodec("case-service");

    public CaseServiceEvents(String bootstrapServers, TopicNames topics) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
        this.topics = topics;
    }

    /**
     * A case in its municipality, proposed, with its participants as (user id, agency, role), and activated by a
     * consent.
     */
    public TestCase activeCase(String municipality, List<Member> members) {
        TestCase testCase = new TestCase(UUID.randomUUID(), municipality,
                "Y-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase(),
                "SSPF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^0-9A-Z]", "7"));
        offered(testCase, members);
        send(testCase, EventType.CASE_ACTIVATED, new CaseActivated(testCase.id(), municipality, UUID.randomUUID()));
        return testCase;
    }

    /** A case proposed, with its participants, and offered by social services: it awaits its consent. */
    public void offered(TestCase testCase, List<Member> members) {
        proposed(testCase, members);
        send(testCase, EventType.CASE_DECIDED, new CaseDecided(testCase.id(), testCase.municipality(), true));
    }

    /** A case proposed, with its participants, not yet decided on. */
    public void proposed(TestCase testCase, List<Member> members) {
        send(testCase, EventType.CASE_PROPOSED, new CaseProposed(testCase.id(), testCase.municipality(),
                testCase.code(), Agency.SCHOOL, Set.of(RiskIndicator.HIGH_SCHOOL_ABSENCE)));
        members.forEach(member -> send(testCase, EventType.PARTICIPANT_ADDED,
                new ParticipantAdded(testCase.id(), testCase.municipality(), member.ref(), member.agency(),
                member.role())));
    }

    public void closed(TestCase testCase) {
        send(testCase, EventType.CASE_CLOSED, new CaseClosed(testCase.id(), testCase.municipality(), Instant.now(),
                "closed"));
    }

    private void send(TestCase testCase, EventType type, CaseEvent data) {
        byte[] event = codec.write(UUID.randomUUID(), Instant.now(), type, testCase.youthRef(), data);
        try {
            producer.send(new ProducerRecord<>(topics.of(Topics.CASE_EVENTS), testCase.youthRef(), event)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    public record Member(String ref, Agency agency, String role) {
    }

    public record TestCase(UUID id, String municipality, String youthRef, String code) {

        /** A case of the youth with a case code as case-service makes them (SSPF- and six of 0-9, A-Z). */
        public static TestCase of(UUID id, String municipality, String youthRef) {
            return new TestCase(id, municipality, youthRef,
                    "SSPF-" + id.toString().substring(0, 6).toUpperCase().replaceAll("[^0-9A-Z]", "7"));
        }
    }
}
