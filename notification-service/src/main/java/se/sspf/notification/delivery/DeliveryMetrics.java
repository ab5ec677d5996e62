package se.sspf.notification.delivery;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import se.sspf.notification.domain.Channel;

/**
 * {@code sspf.notification.delivery{channel,outcome}}: how long each attempt took, as a histogram (for a webhook,
 * the agency's system's answer), and {@code sspf.notification.deliveries.dead{channel}}: the deliveries that used
 * their last attempt and wait for an administrator. Every series is made at the start, so a rate of them is right
 * from the first event; none names a recipient.
 */
@Component
class DeliveryMetrics {

    private final Map<Channel, Timer> delivered = new EnumMap<>(Channel.class);
    private final Map<Channel, Timer> failed = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> dead = new EnumMap<>(Channel.class);

    DeliveryMetrics(MeterRegistry meters) {
        for (Channel channel : Channel.values()) {
            delivered.put(channel, attempts(meters, channel, "delivered"));
            failed.put(channel, attempts(meters, channel, "failed"));
            dead.put(channel, Counter.builder("sspf.notification.deliveries.dead")
                    .description("deliveries that used their last attempt; an administrator may send them again")
                    .tag("channel", channel.name())
                    .register(meters));
        }
    }

    private static Timer attempts(MeterRegistry meters, Channel channel, String outcome) {
        return Timer.builder("sspf.notification.delivery")
                .description("one attempt to deliver a message, from sending to the answer")
                .tag("channel", channel.name())
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(meters);
    }

    void delivered(Channel channel, Duration took) {
        delivered.get(channel).record(took);
    }

    void failed(Channel channel, Duration took) {
        failed.get(channel).record(took);
    }

    void died(Channel channel) {
        dead.get(channel).increment();
    }
}
