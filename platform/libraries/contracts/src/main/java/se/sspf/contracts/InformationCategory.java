package se.sspf.contracts;

/** The kinds of information a consent names (consent form, appendix 2 of the police checklist). */
public enum InformationCategory {
    HEALTH,
    SCHOOL_OCCUPATION,
    LEISURE,
    CRIMINALITY,
    FRIENDS,
    ECONOMY,
    OTHER
}
