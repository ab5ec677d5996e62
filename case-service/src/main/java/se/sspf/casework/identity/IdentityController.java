package se.sspf.casework.identity;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.casework.domain.PersonalIdentityNumber;
import se.sspf.casework.domain.YouthIdentity;
import se.sspf.contracts.Agency;
import se.sspf.platform.security.Caller;

/** The youth's identity, in the body only: never in a path, a query or a log line. */
@Tag(name = "Cases")
@RestController
@RequestMapping("/api/cases/{id}/identity")
@RequiredArgsConstructor
class IdentityController {

    private final CaseIdentity identity;

    record IdentityBody(@NotBlank @Size(max = 200) String name,
                        @NotNull @Size(max = 20) String personalIdentityNumber) {
    }

    @Operation(operationId = "attachIdentity",
            summary = "Attach the youth's name and personal identity number")
    @ApiResponse(responseCode = "204", description = "attached")
    @PutMapping
    ResponseEntity<Void> attach(Caller caller, @PathVariable UUID id, @Valid @RequestBody IdentityBody body) {
        identity.attach(caller, id, new YouthIdentity(body.name(),
                PersonalIdentityNumber.parse(body.personalIdentityNumber())));
        return ResponseEntity.noContent().build();
    }

    record NameBody(String name) {
    }

    /** For SSPF services: the name an agency's people may read in a notification, if any (else 404). */
    @Operation(operationId = "readNameForRecipient",
            summary = "For SSPF services: the youth's name an agency may read in a notification")
    @GetMapping("/name")
    NameBody nameFor(Caller service, @PathVariable UUID id, @RequestParam("for") Agency recipient) {
        return new NameBody(identity.nameFor(service, id, recipient));
    }

    @Operation(operationId = "readIdentity",
            summary = "The youth's name and personal identity number")
    @GetMapping
    IdentityBody read(Caller caller, @PathVariable UUID id) {
        YouthIdentity youth = identity.read(caller, id);
        return new IdentityBody(youth.name(), youth.number().value());
    }
}
