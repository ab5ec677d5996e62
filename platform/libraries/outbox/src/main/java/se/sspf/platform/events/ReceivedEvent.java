package se.sspf.platform.events;

import java.time.Instant;
import java.util.UUID;

/** An event read back from its CloudEvents envelope, with its data as the contract's record. */
public record ReceivedEvent<T>(UUID id, String type, String source, Instant time, String youthRef, T data) {
}
