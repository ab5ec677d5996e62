package se.sspf.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** Reads every string of a request body as Jackson does, and refuses one that is not {@link CleanText}. */
final class CleanTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        String fault = text == null ? null : CleanText.faultOf(text);
        if (fault != null) {
            throw new UnacceptableText(parser, fault);
        }
        return text;
    }
}
