package se.sspf.casework.domain;

/** An identity as stored: which key, the nonce, and the ciphertext with its tag. */
public record SealedIdentity(String keyId, byte[] nonce, byte[] ciphertext) {
}
