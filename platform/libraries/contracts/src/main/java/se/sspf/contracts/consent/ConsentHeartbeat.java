package se.sspf.contracts.consent;

import java.time.Instant;

import se.sspf.contracts.EventData;

/**
 * Sent on every partition of the consent state topic at a short fixed interval. Every consent
 * change committed before {@code watermark} is already on the partition before this heartbeat, so
 * a reader that has read it knows its view is complete up to {@code watermark}.
 */
public record ConsentHeartbeat(int partition, Instant watermark) implements EventData {
}
