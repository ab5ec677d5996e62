package se.sspf.casework.lifecycle;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.casework.domain.ExpectedReturn;
import se.sspf.casework.domain.Participant;
import se.sspf.casework.domain.ParticipantRole;
import se.sspf.casework.store.StoredCase;
import se.sspf.contracts.Agency;
import se.sspf.contracts.casework.RiskIndicator;
import se.sspf.contracts.reference.ParticipantRef;
import se.sspf.platform.security.Caller;

@Tag(name = "Cases")
@RestController
@RequestMapping("/api/cases")
@RequiredArgsConstructor
class CaseController {

    private final CaseLifecycle lifecycle;

    record Proposal(@NotEmpty Set<@NotNull RiskIndicator> riskIndicators) {
    }

    /** Whether SSPF is offered to the youth and the family, and why. */
    record OfferDecision(@NotNull Boolean offered, @NotBlank @Size(max = 2000) String reason) {
    }

    record Closing(@NotBlank @Size(max = 2000) String reason, @NotNull Boolean planFollowed) {
    }

    record Return(@NotNull ExpectedReturn.ReturnFrom from, @NotNull LocalDate expectedOn) {
    }

    /** A user of an agency (ref = their user id) or a person the family invited (ref P-…, no agency). */
    record NewParticipant(@NotBlank @Size(max = 100) @ParticipantRef String ref, Agency agency,
                          @NotNull ParticipantRole role) {
    }

    record Page(int page, int size, List<CaseView> cases) {
    }

    /**
     * My cases: those the caller takes part in (and, for social services' coordinators, proposals to decide), newest
     * first.
     */
    @Operation(operationId = "listMyCases",
            summary = "The caller's cases, newest first")
    @GetMapping
    Page mine(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new Page(page, size, lifecycle.takingPart(caller, page, size).stream()
                .map(stored -> lifecycle.viewFor(caller, stored.sspfCase())).toList());
    }

    @Operation(operationId = "proposeCase",
            summary = "Propose a case for a youth (the case starts as PROPOSED)")
    @ApiResponse(responseCode = "201", description = "proposed; Location names the case")
    @PostMapping
    ResponseEntity<CaseView> propose(Caller caller, @Valid @RequestBody Proposal proposal) {
        StoredCase proposed = lifecycle.propose(caller, proposal.riskIndicators());
        return ResponseEntity.created(URI.create("/api/cases/" + proposed.sspfCase().id()))
                .body(lifecycle.viewFor(caller, proposed.sspfCase()));
    }

    @Operation(operationId = "readCase",
            summary = "One case, as the caller may see it")
    @GetMapping("/{id}")
    CaseView read(Caller caller, @PathVariable UUID id) {
        return lifecycle.viewFor(caller, lifecycle.read(caller, id).sspfCase());
    }

    @Operation(operationId = "decideCase",
            summary = "Social services decides whether SSPF is offered",
            description = "Offered, the case awaits consent (AWAITING_CONSENT). It becomes ACTIVE asynchronously: "
            + "after registerConsent, consent-service announces the consent on Kafka and case-service activates the "
            + "case within seconds; read the case (readCase) until its status is ACTIVE.")
    @PostMapping("/{id}/decision")
    CaseView decide(Caller caller, @PathVariable UUID id, @Valid @RequestBody OfferDecision decision) {
        return lifecycle.viewFor(caller, lifecycle.decide(caller, id, decision.offered(), decision.reason())
                .sspfCase());
    }

    @Operation(operationId = "addParticipant",
            summary = "Bring a user of an agency or a person the family invited into the case")
    @PostMapping("/{id}/participants")
    CaseView addParticipant(Caller caller, @PathVariable UUID id, @Valid @RequestBody NewParticipant participant) {
        return lifecycle.viewFor(caller, lifecycle.addParticipant(caller, id,
                new Participant(participant.ref(), participant.agency(), participant.role())).sspfCase());
    }

    @Operation(operationId = "closeCase",
            summary = "Close the case",
            description = "The case's consents are torn up in consent-service first; plan-service and the other "
            + "services hear of the closing over Kafka, so the plan closes within seconds after the answer.")
    @PostMapping("/{id}/closing")
    CaseView close(Caller caller, @PathVariable UUID id, @Valid @RequestBody Closing closing) {
        return lifecycle.viewFor(caller, lifecycle.close(caller, id, closing.reason(), closing.planFollowed())
                .sspfCase());
    }

    @Operation(operationId = "startFollowUp",
            summary = "Move an active case into follow-up")
    @PostMapping("/{id}/follow-up")
    CaseView startFollowUp(Caller caller, @PathVariable UUID id) {
        return lifecycle.viewFor(caller, lifecycle.startFollowUp(caller, id).sspfCase());
    }

    /** The youth is expected home from an institution or prison (a returnee). */
    @Operation(operationId = "expectReturn",
            summary = "Record that the youth is expected home from an institution or prison")
    @PutMapping("/{id}/expected-return")
    CaseView expectReturn(Caller caller, @PathVariable UUID id, @Valid @RequestBody Return expected) {
        return lifecycle.viewFor(caller, lifecycle.expectReturn(caller, id,
                new ExpectedReturn(expected.from(), expected.expectedOn(), caller.agency())).sspfCase());
    }
}
