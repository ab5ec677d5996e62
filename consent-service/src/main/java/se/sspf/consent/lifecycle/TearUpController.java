package se.sspf.consent.lifecycle;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.platform.security.Caller;

/** Closing a case tears its consents up here first (case- and plan-service call it with the coordinator's token). */
@Tag(name = "Consents")
@RestController
@RequestMapping("/api/consents/tear-ups")
@RequiredArgsConstructor
class TearUpController {

    private final ConsentLifecycle lifecycle;

    record TearUp(@NotNull UUID caseId) {
    }

    /** Every consent of the case is torn up; asked again, nothing more changes. */
    @Operation(operationId = "tearUpConsents",
            summary = "For SSPF services: tear up every consent of a closing case")
    @ApiResponse(responseCode = "204", description = "torn up (asked again, nothing more changes)")
    @PostMapping
    ResponseEntity<Void> tearUp(Caller caller, @Valid @RequestBody TearUp tearUp) {
        lifecycle.tearUpForClosing(caller, tearUp.caseId());
        return ResponseEntity.noContent().build();
    }
}
