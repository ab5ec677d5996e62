package se.sspf.contracts;

/** Why an access to a youth's personal data was allowed; every audit entry names one. */
public enum LegalBasis {
    /** A valid consent covered the share; the audit entry names the consent and its version. */
    CONSENT,
    /** The agency reads or changes what it recorded itself. */
    OWN_AGENCY_RECORD,
    /**
     * The reader takes part in the case and reads its pseudonymous case data (no identity, no other agency's records).
     */
    CASE_PARTICIPATION,
    /** A report of concern (SoL 14 kap. 1 §), a legal duty that no consent gates. */
    REPORT_OF_CONCERN
}
