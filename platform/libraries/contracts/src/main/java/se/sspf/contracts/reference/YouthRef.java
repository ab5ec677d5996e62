package se.sspf.contracts.reference;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A guardian's pseudonymous reference ({@link References.YOUTH_REF}); null is valid, as for every constraint
 * but {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = References.YOUTH_REF)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface YouthRef {

    String message() default "must be a youth's reference, Y- and 6 to 64 letters, digits or dashes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
