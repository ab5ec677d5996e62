package se.sspf.plan.print;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sspf.plan.actionplan.PlanBook;
import se.sspf.platform.security.Caller;

/**
 * The printable plan for the family: print-ready HTML in plain Swedish, printed by the agency that
 * wrote the plan (it sees all of it; a copy with parts withheld would tell the family something false).
 * The youth's name is written by hand on the paper: plan-service never holds it.
 */
@Controller
@RequiredArgsConstructor
class FamilyPlanController {

    private final PlanBook plans;

    @GetMapping(path = "/api/plans/{caseId}/print", produces = MediaType.TEXT_HTML_VALUE)
    String print(Caller caller, @PathVariable UUID caseId, Model model) {
        model.addAttribute("plan", FamilyPlan.of(plans.printable(caller, caseId)));
        return "family-plan";
    }
}
