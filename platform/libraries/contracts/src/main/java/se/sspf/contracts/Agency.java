package se.sspf.contracts;

/** The four agencies of the SSPF collaboration; the {@code agency} claim of a token names one of them. */
public enum Agency {
    SCHOOL,
    SOCIAL_SERVICES,
    POLICE,
    LEISURE
}
