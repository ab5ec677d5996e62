package se.sspf.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string that is not {@link CleanText}; Jackson adds the path, so the refusal names the field. */
final class UnacceptableText extends MismatchedInputException {

    UnacceptableText(JsonParser parser, String fault) {
        super(parser, fault, String.class);
    }
}
