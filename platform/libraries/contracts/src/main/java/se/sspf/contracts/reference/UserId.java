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
 * A user's id, the subject of their token ({@link References#USER_ID}); null is valid, as for every constraint but
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = References.USER_ID)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface UserId {

    String message() default "must be a user id (1 to 100 letters, digits or . _ @ : -) and not a personal identity "
            + "number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
