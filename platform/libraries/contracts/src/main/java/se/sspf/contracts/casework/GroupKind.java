package se.sspf.contracts.casework;

/** The municipality's groups above the one youth's (the national checklist, 2.3 and 2.4). */
public enum GroupKind {
    /** Unit heads of each agency: prepares cases, with consent and de-identified, every other week or monthly. */
    WORKING,
    /** Managers of each agency: sets the strategy and the working group's mandate, twice a term. */
    STEERING
}
