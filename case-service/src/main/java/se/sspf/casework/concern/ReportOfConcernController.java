package se.sspf.casework.concern;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.casework.domain.ReportOfConcern;
import se.sspf.platform.security.Caller;

@Tag(name = "Cases")
@RestController
@RequestMapping("/api/cases/{id}/reports-of-concern")
@RequiredArgsConstructor
class ReportOfConcernController {

    private final ReportsOfConcern reports;

    record Made(@NotNull @PastOrPresent LocalDate madeOn) {
    }

    @Operation(operationId = "recordReportOfConcern",
            summary = "Record that a report of concern was made about the youth")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReportOfConcern record(Caller caller, @PathVariable UUID id, @Valid @RequestBody Made made) {
        return reports.record(caller, id, made.madeOn());
    }

    @Operation(operationId = "listReportsOfConcern",
            summary = "The case's reports of concern")
    @GetMapping
    List<ReportOfConcern> list(Caller caller, @PathVariable UUID id) {
        return reports.list(caller, id);
    }
}
