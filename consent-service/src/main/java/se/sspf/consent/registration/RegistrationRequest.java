package se.sspf.consent.registration;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import se.sspf.contracts.reference.YouthRef;

/**
 * A signed consent to register for a case. The birth date is kept to judge the youth's age; the
 * personal identity number is never sent here.
 */
public record RegistrationRequest(
        @NotNull UUID caseId,
        @NotNull @YouthRef String youthRef,
        @NotNull @Past LocalDate youthBirthDate,
        @NotNull @Valid TermsRequest terms) {
}
