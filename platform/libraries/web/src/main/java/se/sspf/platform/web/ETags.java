package se.sspf.platform.web;

/** A row version as an HTTP entity tag, and back: what If-Match must name so that nobody overwrites a change unseen. */
public final class ETags {

    private ETags() {
    }

    public static String of(long rowVersion) {
        return "\"" + rowVersion + "\"";
    }

    /** The version an If-Match names, or null when the header is absent; a malformed one matches nothing. */
    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String bare = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(bare);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
