package se.sspf.platform.consentgate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sspf.consent-gate.*} ({@code SSPF_CONSENT_GATE_…}).
 *
 * @param consentServiceUrl   where the decision API is asked when the view is stale
 * @param stalenessBound      how old the view may be known complete and still be trusted
 * @param fallbackTimeout     per attempt; two attempts and the breaker keep a deny within 300 ms
 * @param fallbackAttempts    attempts per question, the first included
 * @param stepTimeout         how long a step taken with consent-service (a closing's tear-up) waits for its answer
 */
@ConfigurationProperties("sspf.consent-gate")
public record ConsentGateProperties(
        @DefaultValue("http://127.0.0.1:8081") String consentServiceUrl,
        @DefaultValue("1s") Duration stalenessBound,
        @DefaultValue("120ms") Duration fallbackTimeout,
        @DefaultValue("2") int fallbackAttempts,
        @DefaultValue("2s") Duration stepTimeout) {
}
