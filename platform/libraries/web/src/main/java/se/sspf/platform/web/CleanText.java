package se.sspf.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * Text a service takes: any character but the control characters, newline, carriage return and tab excepted (a
 * browser's text area sends CR LF), and no half of a surrogate pair. PostgreSQL refuses NUL in text and jsonb and
 * stores a lone surrogate as '?', so such input would fail late or be changed silently; it is refused at the edge.
 */
final class CleanText {

    private CleanText() {
    }

    /** What is wrong with the text, or null when nothing is. */
    static @Nullable String faultOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "holds half of a character (an unpaired surrogate) at position " + i;
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "holds a control character at position " + i
                        + " (of those, only newline, carriage return and tab are taken)";
            }
        }
        return null;
    }
}
