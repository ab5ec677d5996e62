package se.sspf.consent.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.sspf.consent.domain.ConsentTerms;
import se.sspf.consent.domain.Handler;
import se.sspf.consent.domain.InvitedPerson;
import se.sspf.consent.domain.MaturityAssessment;
import se.sspf.consent.domain.Signature;
import se.sspf.consent.domain.SignerRole;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.reference.GuardianRef;
import se.sspf.contracts.reference.PersonRef;

/**
 * The consent form as a request: the shape is checked here, the signer rules in the domain.
 * People are named by pseudonymous references (the identities live in case-service); only the
 * handler, an official, is named.
 */
public record TermsRequest(
        @NotNull @Valid Scope scope,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,
        @NotNull List<@NotNull @GuardianRef String> guardiansWithCustody,
        @NotEmpty List<@NotNull @Valid SignatureLine> signatures,
        @Valid Assessment maturityAssessment,
        @NotNull @Valid Official handler,
        @NotBlank @Size(max = 200) String signedFormRef,
        @NotNull Boolean researchFollowUp) {

    public record Scope(
            @NotNull Set<@NotNull Agency> agencies,
            @NotNull List<@NotNull @Valid Invited> invitedPersons,
            @NotNull Set<@NotNull InformationCategory> categories) {
    }

    public record Invited(@NotNull @PersonRef String ref,
                          @NotBlank @Size(max = 100) String role) {
    }

    public record SignatureLine(@NotNull SignerRole signer, @GuardianRef String guardianRef,
                                @NotNull LocalDate signedOn) {
    }

    public record Assessment(@NotBlank @Size(max = 200) String assessedBy, @NotNull Agency agency,
                             @NotNull LocalDate assessedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Official(@NotBlank @Size(max = 200) String name,
                           @NotBlank @Pattern(regexp = "^[0-9 +()-]{5,30}$") String phone, @NotNull Agency agency) {
    }

    public ConsentTerms toTerms() {
        return new ConsentTerms(scope.agencies(),
                scope.invitedPersons().stream().map(invited -> new InvitedPerson(invited.ref(), invited.role()))
                .toList(), scope.categories(), validFrom, validUntil, guardiansWithCustody,
                signatures.stream().map(line -> new Signature(line.signer(), line.guardianRef(), line.signedOn()))
                .toList(), maturityAssessment == null ? null
                : new MaturityAssessment(maturityAssessment.assessedBy(), maturityAssessment.agency(),
                        maturityAssessment.assessedOn(), maturityAssessment.reason()),
                new Handler(handler.name(), handler.phone(), handler.agency()),
                signedFormRef, researchFollowUp);
    }
}
