package se.sspf.platform.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How a request body is read: as the application's mapper reads, but strictly, so that what a client did not mean
 * is refused rather than guessed. No enum by its ordinal ({@code [1]} for a risk indicator), no fraction cut to a
 * whole number ({@code 1.5} for a step), no null for a primitive, no property the request does not have (a misspelled
 * optional field would otherwise be dropped silently), and only {@link CleanText} in strings.
 *
 * <p>Only the HTTP edge reads this way: the stores read their own jsonb documents, and the event codec other
 * services' events, with the application's tolerant mapper, so that an older document or a newer event still reads.
 */
final class StrictRequestJson {

    private StrictRequestJson() {
    }

    static JsonMapper from(JsonMapper application) {
        return application.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Integer,
                        integers -> integers.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new SimpleModule("sspf-clean-text").addDeserializer(String.class,
                        new CleanTextDeserializer()))
                .build();
    }
}
