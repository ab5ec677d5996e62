package se.sspf.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
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
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.message.MessageComposer;
import se.sspf.notification.store.DeliveryStore;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.platform.caseview.CaseRecords;

/**
 * Sends what is due, one delivery per short transaction (so several instances share the queue),
 * writing each message at the attempt (so a name goes only where it may at that moment), and
 * schedules a failed one again after an exponentially growing, jittered wait (Resilience4j's
 * interval function) until it arrives or has used its attempts: then it is dead, for an
 * administrator to send again.
 */
@Component
class DeliveryWorker {

    private static final int BATCH = 50;

    private final DeliveryStore deliveries;
    private final CaseRecords cases;
    private final MessageComposer composer;
    private final Map<Channel, Courier> couriers;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DeliveryMetrics metrics;
    private final IntervalFunction backoff;
    private final int maxAttempts;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "delivery-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    DeliveryWorker(DeliveryStore deliveries, CaseRecords cases, MessageComposer composer, List<Courier> couriers,
                   TransactionTemplate transaction, Clock clock, DeliveryMetrics metrics,
                   @Value("${sspf.notification.delivery.initial-backoff}") Duration initialBackoff,
                   @Value("${sspf.notification.delivery.max-attempts}") int maxAttempts) {
        this.deliveries = deliveries;
        this.cases = cases;
        this.composer = composer;
        this.couriers = couriers.stream().collect(Collectors.toMap(Courier::channel, Function.identity()));
        this.transaction = transaction;
        this.clock = clock;
        this.metrics = metrics;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(initialBackoff.toMillis(), 2.0, 0.5);
        this.maxAttempts = maxAttempts;
    }

    /**
     * Something was queued and committed: send now, on the worker's own thread, rather than at the
     * next poll. Wake-ups while one is pending fold into it; the poll still catches anything missed.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void queued(DeliveryStore.Queued queued) {
        if (wakeUpPending.compareAndSet(false, true)) {
            sender.execute(() -> {
                wakeUpPending.set(false);
                sendWhatIsDue();
            });
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }

    @Scheduled(fixedDelayString = "${sspf.notification.delivery.poll-interval}")
    void sendWhatIsDue() {
        int sent = 0;
        while (sent < BATCH && Boolean.TRUE.equals(transaction.execute(status -> sendOne()))) {
            sent++;
        }
    }

    private boolean sendOne() {
        return deliveries.nextDue().map(delivery -> {
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
                deliveries.delivered(delivery);
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
            }
            return true;
        }).orElse(false);
    }
}
