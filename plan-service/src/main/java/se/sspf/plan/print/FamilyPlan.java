package se.sspf.plan.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.plan.domain.FollowUpAppointment;
import se.sspf.plan.actionplan.PlanView;

/**
 * The plan in the words of the appendix 3 template, for the youth and the guardians: every area in
 * the template's order (an empty one says so), each row with its goal, what is done, who is
 * responsible and by when.
 */
record FamilyPlan(String caseCode, int version, String agreedOn, List<String> present, String mainGoal,
                  List<Area> areas, String followUpDate, String followUpTime, String followUpPlace,
                  String acuteContact) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Locale.forLanguageTag("sv-SE"));

    /** The template's order and names (003, appendix 3). */
    private static final Map<InformationCategory, String> AREA_NAMES = Map.of(
            InformationCategory.SCHOOL_OCCUPATION, "Sysselsättning/skola",
            InformationCategory.HEALTH, "Hälsa",
            InformationCategory.LEISURE, "Fritid",
            InformationCategory.CRIMINALITY, "Kriminalitet",
            InformationCategory.FRIENDS, "Kompisar",
            InformationCategory.ECONOMY, "Ekonomi",
            InformationCategory.OTHER, "Övrigt");
    private static final List<InformationCategory> TEMPLATE_ORDER = List.of(InformationCategory.SCHOOL_OCCUPATION,
            InformationCategory.HEALTH, InformationCategory.LEISURE, InformationCategory.CRIMINALITY,
            InformationCategory.FRIENDS, InformationCategory.ECONOMY, InformationCategory.OTHER);
    private static final Map<Agency, String> AGENCY_NAMES = Map.of(
            Agency.SCHOOL, "skolan",
            Agency.SOCIAL_SERVICES, "socialtjänsten",
            Agency.POLICE, "polisen",
            Agency.LEISURE, "fritidsverksamheten");

    record Area(String name, List<Row> rows, List<String> commitments) {
    }

    record Row(String goal, String actions, String responsible, String dueOn) {
    }

    static FamilyPlan of(PlanView plan) {
        List<Area> areas = TEMPLATE_ORDER.stream().map(area -> {
            PlanView.Area shown = plan.areas().stream().filter(candidate -> candidate.area() == area).findFirst()
                    .orElse(new PlanView.Area(area, List.of(), List.of()));
            return new Area(AREA_NAMES.get(area), shown.actions().stream()
                    .map(action -> new Row(action.goal(), action.actions(),
                            action.responsible().person() + ", " + AGENCY_NAMES.get(action.responsible().agency()),
                            day(action.dueOn())))
                    .toList(), shown.commitments());
        }).toList();
        PlanView.Header header = plan.header();
        if (header == null) {
            return new FamilyPlan(plan.caseCode(), plan.version(), "", List.of(), "", areas, "", "", "", "");
        }
        FollowUpAppointment followUp = header.followUp();
        return new FamilyPlan(plan.caseCode(), plan.version(), day(header.agreedOn()), header.present(),
                header.mainGoal(), areas, followUp == null ? "" : day(followUp.date()),
                followUp == null ? "" : TIME.format(followUp.time()), followUp == null ? "" : followUp.place(),
                header.acuteContact());
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
