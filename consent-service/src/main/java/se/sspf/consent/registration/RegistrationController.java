package se.sspf.consent.registration;

import java.net.URI;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.consent.reading.ConsentView;
import se.sspf.platform.web.ETags;
import se.sspf.platform.security.Caller;

@RestController
@RequestMapping("/api/consents")
@RequiredArgsConstructor
class RegistrationController {

    private final ConsentRegistration registerConsent;

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
