package se.sspf.platform.consentgate;

import java.util.Objects;

import se.sspf.contracts.Agency;

/**
 * One reader reading records about one youth: who reads, whose records, and what the audit says of it.
 *
 * @param actor         the reader's opaque user id
 * @param reader        the reader's agency
 * @param municipality  where the youth's case is; a consent never reaches across
 * @param youthRef      the youth's pseudonymous reference, which the consent is keyed by
 * @param sharingEnded  the case is closed (or was never offered): the service that knows shares nothing more,
 *                      whatever the consent view still says
 * @param resource      what is read, for the audit entry
 * @param purpose       why, for the audit entry
 */
public record Reading(String actor, Agency reader, String municipality, String youthRef, boolean sharingEnded,
                      String resource, String purpose) {

    public Reading {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(youthRef, "youthRef");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(purpose, "purpose");
    }
}
