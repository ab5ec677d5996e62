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
 * A participant of a case: a user's id, or the reference of a person the family invited ({@link
 * References#PARTICIPANT_REF}); null is valid, as for every constraint but {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = References.PARTICIPANT_REF)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ParticipantRef {

    String message() default "must be a user id or an invited person's reference (P-…), and not a personal identity "
            + "number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
