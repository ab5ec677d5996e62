package se.sspf.casework.journal;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.casework.domain.JournalEntry;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.security.Caller;

@Tag(name = "Cases")
@RestController
@RequestMapping("/api/cases/{id}/journal")
@RequiredArgsConstructor
class JournalController {

    /** Said with every journal, whatever is withheld, so that the reader learns nothing from it. */
    static final String NOTICE = "Information other agencies recorded is shown only while a valid consent covers it.";

    private final CaseJournal journal;

    record NewEntry(@NotNull InformationCategory category, @NotBlank @Size(max = 10_000) String text) {
    }

    record Journal(List<JournalEntry> entries, String notice) {
    }

    @Operation(operationId = "recordJournalEntry",
            summary = "Write an entry in the case journal")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    JournalEntry record(Caller caller, @PathVariable UUID id, @Valid @RequestBody NewEntry entry) {
        return journal.record(caller, id, entry.category(), entry.text());
    }

    @Operation(operationId = "readJournal",
            summary = "The journal entries the caller may read now",
            description = "Entries other agencies recorded are shown only while a valid consent covers them; a "
            + "revocation takes them away within seconds.")
    @GetMapping
    Journal read(Caller caller, @PathVariable UUID id) {
        return new Journal(journal.read(caller, id), NOTICE);
    }
}
