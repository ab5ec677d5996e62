package se.sspf.notification.dispatch;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every reminder-scan interval, runs each {@link Scan} and tells each notice it finds due in a transaction of its
 * own. A scan that fails keeps no other from running; it is tried again at the next interval.
 */
@Component
@RequiredArgsConstructor
class Scans {

    private static final Logger LOG = LoggerFactory.getLogger(Scans.class);

    private final List<Scan> scans;
    private final Dispatcher dispatcher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Scheduled(fixedDelayString = "${sspf.notification.reminder-scan-interval}")
    void run() {
        for (Scan scan : scans) {
            try {
                for (Scan.Due due : scan.due(clock)) {
                    transaction.executeWithoutResult(status -> dispatcher.tellDue(due));
                }
            } catch (RuntimeException e) {
                LOG.error("The scan {} failed; it runs again at the next interval", scan.getClass().getSimpleName(), e);
            }
        }
    }
}
