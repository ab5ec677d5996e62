package se.sspf.consent.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One signature on the form.
 *
 * @param guardianRef the guardian's pseudonymous reference when a guardian signs, else null
 */
public record Signature(SignerRole signer, @Nullable String guardianRef, LocalDate signedOn) {
}
