package se.sspf.consent.registration;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.consent.reading.ConsentView;
import se.sspf.platform.web.ETags;
import se.sspf.platform.security.Caller;

@Tag(name = "Consents")
@RestController
@RequestMapping("/api/consents")
@RequiredArgsConstructor
class RegistrationController {

    private final ConsentRegistration registerConsent;

    @Operation(operationId = "registerConsent",
            summary = "Register the consent the guardians and the youth signed",
            description = "The consent is announced on Kafka: case-service then makes an AWAITING_CONSENT case ACTIVE "
            + "asynchronously, within seconds; read the case (readCase) until its status is ACTIVE.")
    @ApiResponse(responseCode = "201",
            description = "registered (or, sent again with its Idempotency-Key, before: Idempotent-Replayed)")
    @ApiResponse(responseCode = "422", description = "the Idempotency-Key was sent before with another body",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping
    ResponseEntity<ConsentView> register(Caller caller, @Valid @RequestBody RegistrationRequest request,
                                         @RequestHeader(name = "Idempotency-Key",
                                         required = false) String idempotencyKey) {
        ConsentRegistration.Registration registration = registerConsent.register(caller, request, idempotencyKey);
        var consent = registration.stored().consent();
        return ResponseEntity.created(URI.create("/api/consents/" + consent.id()))
                .eTag(ETags.of(registration.stored().rowVersion()))
                .header("Idempotent-Replayed", String.valueOf(registration.replayed()))
                .body(ConsentView.of(consent));
    }
}
