package se.sspf.casework.domain;

import se.sspf.contracts.AgencyRecord;

/** An identity as stored: which key, the nonce, and the ciphertext with its tag. */
@AgencyRecord
public record SealedIdentity(String keyId, byte[] nonce, byte[] ciphertext) {
}
