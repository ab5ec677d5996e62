package se.sspf.plan.actionplan;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import se.sspf.contracts.EventType;
import se.sspf.contracts.casework.CaseClosed;
import se.sspf.platform.caseview.CaseEventFollower;
import se.sspf.platform.inbox.EventInbox;

/** A case that closes, by a follow-up or in case-service, closes its plan. */
@Component
@RequiredArgsConstructor
class CaseClosedListener implements CaseEventFollower {

    private final EventInbox inbox;
    private final PlanBook plans;

    @Override
    public void follow(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("close-plan-with-case", record, EventType.CASE_CLOSED, CaseClosed.class, closed ->
                plans.closeWithCase(closed.data().caseId()));
    }
}
