package se.sspf.consent.decision;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.reference.YouthRef;
import se.sspf.platform.security.Caller;

/** May agency B see information of category C that agency A recorded about youth Y, now? One or many at a time. */
@Tag(name = "Consents")
@RestController
@RequestMapping("/api/consents/decisions")
@RequiredArgsConstructor
class DecisionController {

    private final ShareDecisions decideShares;

    record QuestionRequest(@NotNull @YouthRef String youthRef,
                           @NotNull Agency ownerAgency, @NotNull Agency readerAgency,
                           @NotNull InformationCategory category) {

        ShareDecisions.Question toQuestion() {
            return new ShareDecisions.Question(youthRef, ownerAgency, readerAgency, category);
        }
    }

    record BatchRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid QuestionRequest> questions) {
    }

    record BatchResponse(List<ShareDecisions.Decided> decisions) {
    }

    @Operation(operationId = "decideShare",
            summary = "May one agency see information of a category another agency recorded about a youth, now?")
    @PostMapping
    ShareDecisions.Decided decide(Caller caller, @Valid @RequestBody QuestionRequest question) {
        return decideShares.decide(caller, List.of(question.toQuestion())).get(0);
    }

    /** The answers come in the order of the questions. */
    @Operation(operationId = "decideShares",
            summary = "Many share questions at once; the answers in the order of the questions")
    @PostMapping("/batch")
    BatchResponse decideAll(Caller caller, @Valid @RequestBody BatchRequest batch) {
        return new BatchResponse(decideShares.decide(caller,
                batch.questions().stream().map(QuestionRequest::toQuestion).toList()));
    }
}
