package se.sspf.consent.reading;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.consent.store.StoredConsent;
import se.sspf.platform.web.ETags;
import se.sspf.platform.security.Caller;

@Tag(name = "Consents")
@RestController
@RequestMapping("/api/consents")
@RequiredArgsConstructor
class ReadingController {

    private final ConsentReading readConsents;

    record HistoryView(long seq, Instant occurredAt, String change, String actor, int version, ConsentView consent) {
    }

    record Page(int page, int size, List<ConsentView> consents) {
    }

    @Operation(operationId = "readConsent",
            summary = "One consent; its ETag is what a change names in If-Match")
    @GetMapping("/{id}")
    ResponseEntity<ConsentView> one(Caller caller, @PathVariable UUID id) {
        StoredConsent stored = readConsents.one(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(stored.rowVersion())).body(ConsentView.of(stored.consent()));
    }

    @Operation(operationId = "readConsentHistory",
            summary = "Every change of a consent, oldest first")
    @GetMapping("/{id}/history")
    List<HistoryView> history(Caller caller, @PathVariable UUID id) {
        return readConsents.history(caller, id).stream()
                .map(entry -> new HistoryView(entry.seq(), entry.occurredAt(), entry.change(), entry.actor(),
                entry.version(),
                        ConsentView.of(entry.consent())))
                .toList();
    }

    /** Sorted by registration, newest first. */
    @Operation(operationId = "listConsents",
            summary = "A case's consents, newest registration first")
    @GetMapping
    Page ofCase(Caller caller, @RequestParam UUID caseId, @RequestParam(defaultValue = "0") @Min(0) int page,
                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new Page(page, size, readConsents.ofCase(caller, caseId, page, size).stream()
                .map(stored -> ConsentView.of(stored.consent())).toList());
    }
}
