package se.sspf.consent.domain;

import java.time.LocalDate;

/**
 * One signature on the form.
 *
 * @param guardianRef the guardian's pseudonymous reference when a guardian signs, else null
 */
public record Signature(SignerRole signer, String guardianRef, LocalDate signedOn) {
}
