package se.sspf.plan.caseview;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.casework.CaseActivated;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.contracts.casework.CaseProposed;
import se.sspf.contracts.casework.ParticipantAdded;
import se.sspf.platform.inbox.EventInbox;
import se.sspf.plan.plan.PlanBook;

/**
 * Follows case-service's events into the case view. One youth's events come in order on one
 * partition, so a case is always proposed here before anybody joins it.
 */
@Component
class CaseEventsListener {

    private final EventInbox inbox;
    private final CaseRecords cases;
    private final PlanBook plans;

    CaseEventsListener(EventInbox inbox, CaseRecords cases, PlanBook plans) {
        this.inbox = inbox;
        this.cases = cases;
        this.plans = plans;
    }

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.CASE_EVENTS, groupId = "plan-service")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("case-proposed", record, EventType.CASE_PROPOSED, CaseProposed.class, proposed ->
                cases.proposed(proposed.data().caseId(), proposed.data().municipality(), proposed.data().caseCode(), proposed.youthRef()));
        inbox.handleOnce("participant-added", record, EventType.PARTICIPANT_ADDED, ParticipantAdded.class, added ->
                cases.joined(added.data().caseId(), new CaseMember(added.data().participantRef(), added.data().agency(), added.data().role())));
        inbox.handleOnce("case-activated", record, EventType.CASE_ACTIVATED, CaseActivated.class, activated ->
                cases.moved(activated.data().caseId(), CaseRecord.Status.ACTIVE));
        inbox.handleOnce("case-closed", record, EventType.CASE_CLOSED, CaseClosed.class, closed -> {
            cases.moved(closed.data().caseId(), CaseRecord.Status.CLOSED);
            plans.closeWithCase(closed.data().caseId());
        });
    }
}
