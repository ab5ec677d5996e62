package se.sspf.e2e;

import java.util.Map;

/**
 * One bad request of the corpus, and what its answer must name.
 *
 * @param kind what is wrong with it, for the report (e.g. "NUL in text")
 * @param body the body exactly as sent, or null for none
 * @param names the field (JSON path, e.g. {@code terms.signatures[1].guardianRef}) or parameter at fault; an answer
 * naming a part of it (an element of a list, a property of an object) names it too
 */
record BadInput(String kind, String user, String method, String path, String body, Map<String, String> headers,
                String names) {

    /** Whether a problem's {@code errors[].field} names what is wrong here. */
    boolean isNamedBy(String field) {
        return field.equals(names) || field.startsWith(names + "[") || field.startsWith(names + ".");
    }

    @Override
    public String toString() {
        return kind + ": " + method + " " + path + " as " + user + " (must name " + names + ")";
    }
}
