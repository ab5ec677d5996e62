package se.sspf.contracts.casework;

/** Why a youth is proposed for SSPF (the guardians' page, 001). */
public enum RiskIndicator {
    /** Suspected crime such as violence or theft. */
    SUSPECTED_CRIME,
    /** Uses or sells alcohol or narcotics. */
    ALCOHOL_OR_NARCOTICS,
    DESTRUCTIVE_ENVIRONMENT,
    WORRYING_PEER_CONTACTS,
    HIGH_SCHOOL_ABSENCE,
    OTHER
}
