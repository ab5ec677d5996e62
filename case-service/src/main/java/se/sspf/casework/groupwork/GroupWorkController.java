package se.sspf.casework.groupwork;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.platform.security.Caller;

@Tag(name = "Cases")
@RestController
@RequestMapping("/api/cases")
@RequiredArgsConstructor
class GroupWorkController {

    private final GroupWork groupWork;

    /** Youths expected home between the dates, soonest first. */
    @Operation(operationId = "listReturnees",
            summary = "Youths expected home between two dates, soonest first")
    @GetMapping("/returnees")
    List<GroupWork.Returnee> returnees(Caller caller,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return groupWork.returnees(caller, from, to);
    }

    @Operation(operationId = "readCaseFigures",
            summary = "The caller's municipality's case figures for the steering and working groups")
    @GetMapping("/figures")
    GroupWork.Figures figures(Caller caller) {
        return groupWork.figures(caller);
    }
}
