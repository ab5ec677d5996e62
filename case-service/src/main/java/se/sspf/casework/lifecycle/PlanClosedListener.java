package se.sspf.casework.lifecycle;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.Topics;
import se.sspf.contracts.plan.FollowUpDecision;
import se.sspf.contracts.plan.FollowUpRecorded;
import se.sspf.platform.inbox.EventInbox;

/**
 * A follow-up that decides to close the plan closes the case, with plan-service's word on whether the plan was
 * followed.
 */
@Component
@RequiredArgsConstructor
class PlanClosedListener {

    private final EventInbox inbox;
    private final CaseLifecycle lifecycle;

    @KafkaListener(topics = "${sspf.kafka.topic-prefix:}" + Topics.PLAN_EVENTS, groupId = "case-service")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("close-at-follow-up", record, EventType.FOLLOW_UP_RECORDED, FollowUpRecorded.class,
                recorded -> {
            if (recorded.data().decision() == FollowUpDecision.CLOSE) {
                lifecycle.closeAtFollowUp(recorded.data().caseId(), recorded.data().municipality(),
                        recorded.data().planFollowed());
            }
        });
    }
}
