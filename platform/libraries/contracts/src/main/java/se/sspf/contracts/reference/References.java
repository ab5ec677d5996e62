package se.sspf.contracts.reference;

/**
 * The shapes of the references to people the API takes. None can hold a personal identity number, since a
 * reference travels on the bus and into the agencies' systems where no identity may go.
 *
 * <p>A guardian's ({@code G-…}) and an invited person's ({@code P-…}) reference are pseudonyms an agency makes up:
 * at most five digits in a row and fewer than ten in all, so that no way of writing a personal identity number
 * (six or eight digits of birth date, four more, with or without {@code -}, {@code +} or other separators) fits.
 * A user id is the identity provider's subject: a UUID, perhaps after a prefix of letters ({@code user-},
 * {@code f:ldap:}), is taken as it is, since its runs of digits can read as anything; any other user id is refused
 * where it reads as a personal identity number: a birth date (with or without the century, the day plus 60 for a
 * coordination number), perhaps {@code -} or {@code +}, and four digits, among no other digits.
 */
public final class References {

    private static final String FEW_DIGITS = "(?!(?:[^0-9]*[0-9]){10})(?!.*[0-9]{6})";
    private static final String NO_IDENTITY_NUMBER = "(?!.*(?<![0-9])(?:19|20)?[0-9]{2}(?:0[1-9]|1[0-2])"
            + "(?:[0-2][0-9]|3[01]|[6-8][0-9]|9[01])[-+]?[0-9]{4}(?![0-9]))";
    private static final String PSEUDONYM = "[0-9A-Za-z-]{6,64}";
    private static final String PERSON = FEW_DIGITS + "P-" + PSEUDONYM;
    private static final String UUID = "[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}";
    private static final String USER = "(?![PGY]-)(?:(?:[A-Za-z]+[-:])*" + UUID + "|" + NO_IDENTITY_NUMBER
            + "[0-9A-Za-z._@:-]{1,100})";

    public static final String GUARDIAN_REF = "^" + FEW_DIGITS + "G-" + PSEUDONYM + "$";
    /** A youth's: case-service draws it at random (ten letters and digits), never from the youth's identity. */
    public static final String YOUTH_REF = "^Y-" + PSEUDONYM + "$";
    public static final String PERSON_REF = "^" + PERSON + "$";
    public static final String USER_ID = "^" + USER + "$";
    public static final String PARTICIPANT_REF = "^(?:" + PERSON + "|" + USER + ")$";

    private References() {
    }
}
