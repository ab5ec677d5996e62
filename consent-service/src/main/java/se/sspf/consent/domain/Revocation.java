package se.sspf.consent.domain;

import java.time.Instant;

/**
 * A withdrawal of the consent: by which signer, why, and which handler recorded it.
 * The reason stays in this service; events say only that it happened and by whom.
 */
public record Revocation(Instant at, SignerRole by, String reason, String recordedBy) {
}
