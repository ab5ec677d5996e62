package se.sspf.consent.store;

/** The same Idempotency-Key came with a different request: a client bug, never silently accepted. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("this Idempotency-Key was used for a different request");
    }
}
