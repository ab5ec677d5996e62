package se.sspf.platform.caseview;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.casework.CaseActivated;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.CaseDecided;
import se.sspf.contracts.casework.CaseProposed;
import se.sspf.contracts.casework.ParticipantAdded;
import se.sspf.platform.inbox.EventInbox;

/**
 * Follows case-service's events into the case view, in the service's own consumer group. One
 * youth's events come in order on one partition, so a case is always proposed before anybody joins it.
 */
@RequiredArgsConstructor
class CaseEventsListener {

    private final EventInbox inbox;
    private final CaseRecords cases;
    private final List<CaseEventFollower> followers;

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.CASE_EVENTS,
            groupId = "${spring.application.name}-case-view")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("case-view-proposed", record, EventType.CASE_PROPOSED, CaseProposed.class, proposed ->
                cases.proposed(proposed.data().caseId(), proposed.data().municipality(), proposed.data().caseCode(),
                proposed.youthRef()));
        inbox.handleOnce("case-view-participant", record, EventType.PARTICIPANT_ADDED, ParticipantAdded.class, added ->
                cases.joined(added.data().caseId(), new CaseMember(added.data().participantRef(), added.data().agency(),
                added.data().role())));
        inbox.handleOnce("case-view-decided", record, EventType.CASE_DECIDED, CaseDecided.class, decided ->
                cases.moved(decided.data().caseId(), decided.data().offered() ? CaseRecord.Status.AWAITING_CONSENT
                : CaseRecord.Status.DECLINED));
        inbox.handleOnce("case-view-activated", record, EventType.CASE_ACTIVATED, CaseActivated.class, activated ->
                cases.moved(activated.data().caseId(), CaseRecord.Status.ACTIVE));
        inbox.handleOnce("case-view-closed", record, EventType.CASE_CLOSED, CaseClosed.class, closed ->
                cases.moved(closed.data().caseId(), CaseRecord.Status.CLOSED));
        followers.forEach(follower -> follower.follow(record));
    }
}
