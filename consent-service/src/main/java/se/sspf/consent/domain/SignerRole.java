package se.sspf.consent.domain;

/** Who signs a consent form: the youth, or a guardian (vårdnadshavare). */
public enum SignerRole {
    YOUTH,
    GUARDIAN
}
