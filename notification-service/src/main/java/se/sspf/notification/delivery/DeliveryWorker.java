package se.sspf.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.resilience4j.core.IntervalFunction;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import se.sspf.notification.domain.Channel;
import se.sspf.notification.domain.Delivery;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.message.MessageComposer;
import se.sspf.notification.store.DeliveryStore;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;

/**
 * Sends what is due on a few sender threads. Each claims up to a handful of due deliveries in one short
 * transaction ({@code for update skip locked}, so other threads and instances take other ones), sends them, and
 * marks those that arrived in one statement before it commits: one commit per claim, not per delivery. A message is
 * written at each attempt (so a name goes only where it may at that moment); a failed one is scheduled again after
 * an exponentially growing, jittered wait (Resilience4j's interval function) until it arrives or has used its
 * attempts: then it is dead, for an administrator to send again. Deliveries promise no order (the integration
 * guide says so), which is what lets the threads send side by side.
 */
@Component
class DeliveryWorker {

    private final DeliveryStore deliveries;
    private final CaseRecords cases;
    private final MessageComposer composer;
    private final Map<Channel, Courier> couriers;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DeliveryMetrics metrics;
    private final IntervalFunction backoff;
    private final int maxAttempts;
    private final int claim;
    private final int senders;
    private final ExecutorService pool;
    private final AtomicInteger wakeUpsPending = new AtomicInteger();

    DeliveryWorker(DeliveryStore deliveries, CaseRecords cases, MessageComposer composer, List<Courier> couriers,
                   TransactionTemplate transaction, Clock clock, DeliveryMetrics metrics,
                   @Value("${sspf.notification.delivery.initial-backoff}") Duration initialBackoff,
                   @Value("${sspf.notification.delivery.max-attempts}") int maxAttempts,
                   @Value("${sspf.notification.delivery.senders}") int senders,
                   @Value("${sspf.notification.delivery.claim}") int claim) {
        this.deliveries = deliveries;
        this.cases = cases;
        this.composer = composer;
        this.couriers = couriers.stream().collect(Collectors.toMap(Courier::channel, Function.identity()));
        this.transaction = transaction;
        this.clock = clock;
        this.metrics = metrics;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(initialBackoff.toMillis(), 2.0, 0.5);
        this.maxAttempts = maxAttempts;
        this.senders = senders;
        this.claim = claim;
        AtomicInteger numbered = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(senders, task -> {
            Thread thread = new Thread(task, "delivery-sender-" + numbered.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Something was queued and committed: send now rather than at the next poll. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void queued(DeliveryStore.Queued queued) {
        wakeUp();
    }

    /** Catches what no wake-up announced: retries coming due, redeliveries, another instance's queue. */
    @Scheduled(fixedDelayString = "${sspf.notification.delivery.poll-interval}")
    void poll() {
        wakeUp();
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    /**
     * Starts a sender unless as many wake-ups as there are threads wait already: those will find what this one
     * would have (each looks for work only once it starts), and more could only queue behind them.
     */
    private void wakeUp() {
        if (wakeUpsPending.getAndUpdate(pending -> pending < senders ? pending + 1 : pending) < senders) {
            pool.execute(() -> {
                wakeUpsPending.decrementAndGet();
                sendWhatIsDue();
            });
        }
    }

    /** Claims and sends until a claim comes back short of full: then nothing more is due. */
    private void sendWhatIsDue() {
        int claimed;
        do {
            claimed = sendOneClaim();
        } while (claimed == claim);
    }

    /** @return how many deliveries were claimed */
    private int sendOneClaim() {
        Integer claimed = transaction.execute(status -> {
            List<Delivery> due = deliveries.claimDue(claim);
            if (due.size() == claim) {
                wakeUp(); // more may be due: another sender takes the next ones while this one sends
            }
            List<Delivery> arrived = new ArrayList<>(due.size());
            for (Delivery delivery : due) {
                if (attempt(delivery)) {
                    arrived.add(delivery);
                }
            }
            deliveries.delivered(arrived);
            return due.size();
        });
        return claimed == null ? 0 : claimed;
    }

    /** @return whether it arrived; if not, it is scheduled again or, after its last attempt, dead */
    private boolean attempt(Delivery delivery) {
        long started = System.nanoTime();
        try {
            Courier courier = couriers.get(delivery.channel());
            if (delivery.notice().kind() == NoticeKind.PING) {
                courier.deliverPing(delivery);
            } else {
                CaseRecord caseRecord = cases.find(delivery.notice().caseId()).orElseThrow();
                courier.deliver(delivery,
                        composer.compose(delivery.notice(), caseRecord, delivery.agency(), delivery.language()));
            }
            metrics.delivered(delivery.channel(), Duration.ofNanos(System.nanoTime() - started));
            return true;
        } catch (Exception e) {
            metrics.failed(delivery.channel(), Duration.ofNanos(System.nanoTime() - started));
            // The reason names the failure, never the message: it may hold a name.
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            int attempt = delivery.attempts() + 1;
            if (attempt >= maxAttempts) {
                deliveries.dead(delivery, reason);
                metrics.died(delivery.channel());
            } else {
                deliveries.retryLater(delivery, reason, clock.instant().plusMillis(backoff.apply(attempt)));
            }
            return false;
        }
    }
}
