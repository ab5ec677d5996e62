package se.sspf.e2e;

import java.util.Set;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

/**
 * A unique string one agency wrote into one free-text field of one case, and who may read it back.
 *
 * @param alsoAnswerable  agencies besides the owner the consent must cover too (a plan row's responsible agency)
 * @param seenRegardless  agencies that read it whatever the consent says, by design (the owner; a plan row's
 *                        responsible agency; a meeting's invitees for its place; the case's participants for the
 * consent)
 * @param readBack        whether any GET shows it at all: social services' reasons for deciding and closing are shown
 * nowhere
 * @param youthName       the youth's name, which a notification may carry where the consent covers the recipient and
 * OTHER
 */
record Marker(String text, String field, Agency owner, InformationCategory category, Set<Agency> alsoAnswerable,
              Set<Agency> seenRegardless, boolean readBack, boolean youthName, SweptCase sweptCase) {

    /**
     * Whether the reader may find it in an answer of the API: its own, by design, or while a valid consent of its case
     * covers it.
     */
    boolean mayAppearFor(Reader reader) {
        if (!Reader.OSTERSUND.equals(reader.municipality())) {
            return false;
        }
        if (reader.agency() == owner || seenRegardless.contains(reader.agency())) {
            return true;
        }
        return sweptCase.consentCovers(owner, reader.agency(), category)
                && alsoAnswerable.stream().allMatch(agency ->
                sweptCase.consentCovers(agency, reader.agency(), category));
    }

    boolean mustAppearFor(Reader reader) {
        return readBack && mayAppearFor(reader);
    }

    /**
     * Notifications carry no free text: only the youth's name, and only while the consent covers the recipient and
     * OTHER.
     */
    boolean mayBeNotifiedTo(Reader recipient) {
        return youthName && Reader.OSTERSUND.equals(recipient.municipality())
                && sweptCase.consentCovers(owner, recipient.agency(), InformationCategory.OTHER);
    }

    @Override
    public String toString() {
        return text + " (" + field + ", written by " + owner + ", category " + category + ", case "
                + sweptCase.situation() + ")";
    }
}
