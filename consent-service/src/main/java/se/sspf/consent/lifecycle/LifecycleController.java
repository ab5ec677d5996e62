package se.sspf.consent.lifecycle;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.consent.domain.SignerRole;
import se.sspf.consent.reading.ConsentView;
import se.sspf.consent.registration.TermsRequest;
import se.sspf.consent.store.StoredConsent;
import se.sspf.contracts.reference.GuardianRef;
import se.sspf.platform.web.ETags;
import se.sspf.platform.security.Caller;

@Tag(name = "Consents")
@RestController
@RequestMapping("/api/consents/{id}")
@RequiredArgsConstructor
class LifecycleController {

    private final ConsentLifecycle lifecycle;

    /** A signer withdraws the consent, through the handler. */
    record RevocationRequest(@NotNull SignerRole revokedBy, @GuardianRef String guardianRef,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    record ReconfirmationRequest(@NotNull LocalDate signedOn) {
    }

    @Operation(operationId = "revokeConsent",
            summary = "A signer withdraws the consent",
            description = "The revocation is announced on Kafka: every service's consent gate denies what the consent "
            + "allowed within seconds.")
    @PostMapping("/revocation")
    ResponseEntity<ConsentView> revoke(Caller caller, @PathVariable UUID id,
            @Valid @RequestBody RevocationRequest request,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(lifecycle.revoke(caller, id, request.revokedBy(), request.guardianRef(), request.reason(),
                ETags.parse(ifMatch)));
    }

    @Operation(operationId = "reconfirmConsent",
            summary = "The signers confirm the consent again")
    @PostMapping("/reconfirmation")
    ResponseEntity<ConsentView> reconfirm(Caller caller, @PathVariable UUID id,
            @Valid @RequestBody ReconfirmationRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(lifecycle.reconfirm(caller, id, request.signedOn(), ETags.parse(ifMatch)));
    }

    /** A new scope, signed again: the next version of the consent. */
    @Operation(operationId = "changeConsentTerms",
            summary = "A new scope, signed again: the next version of the consent")
    @PutMapping("/terms")
    ResponseEntity<ConsentView> changeTerms(Caller caller, @PathVariable UUID id,
            @Valid @RequestBody TermsRequest request,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(lifecycle.changeTerms(caller, id, request.toTerms(), ETags.parse(ifMatch)));
    }

    private static ResponseEntity<ConsentView> respond(StoredConsent stored) {
        return ResponseEntity.ok().eTag(ETags.of(stored.rowVersion())).body(ConsentView.of(stored.consent()));
    }
}
