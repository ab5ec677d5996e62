package se.sspf.platform.web;

import org.springframework.core.convert.converter.Converter;

/**
 * Holds request parameters, path variables and headers bound as a String to the same {@link CleanText} as the body:
 * Spring MVC hands each of them to the conversion service, so a refusal becomes a type mismatch naming the parameter.
 */
final class CleanTextParameters implements Converter<String, String> {

    @Override
    public String convert(String text) {
        String fault = CleanText.faultOf(text);
        if (fault != null) {
            throw new IllegalArgumentException(fault);
        }
        return text;
    }
}
