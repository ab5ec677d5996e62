package se.sspf.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sspf.outbox.*}.
 *
 * @param pollInterval how often the relay looks for events other instances wrote (its own commits wake it at once)
 * @param batchSize    events sent per transaction
 * @param sendTimeout  how long the producer keeps trying one send before the batch counts as failed
 */
@ConfigurationProperties("sspf.outbox")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10s") Duration sendTimeout) {
}
