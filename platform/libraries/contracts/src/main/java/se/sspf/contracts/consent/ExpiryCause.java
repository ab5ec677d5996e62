package se.sspf.contracts.consent;

/** Why a consent stops at its {@code expiresAt}. */
public enum ExpiryCause {
    /** The date the signers wrote on the form (gäller t.o.m.). */
    VALID_UNTIL,
    /** The youth turns 18 and must confirm the consent themself for it to go on. */
    AWAITING_RECONFIRMATION
}
