package se.sspf.testsupport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.sspf.contracts.time.SwedishTime;

/**
 * The request bodies of one believable SSPF case — a 15-year-old's consent and an action plan over
 * three areas — for the end-to-end test, the local stack's smoke script and its demo data.
 */
public final class SampleForms {

    public static final LocalDate TODAY = LocalDate.now(SwedishTime.ZONE);

    private SampleForms() {
    }

    /** The school's proposal. */
    public static Map<String, Object> proposal(String... riskIndicators) {
        return Map.of("riskIndicators", List.of(riskIndicators));
    }

    /**
     * A 15-year-old's consent, signed by both guardians with custody and the youth: school, social services, police;
     * school and crime.
     */
    public static Map<String, Object> consent(String caseId, String youthRef) {
        return consentForm(caseId, youthRef, TODAY.minusYears(15).minusDays(40), TODAY,
                Map.of("agencies", List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE"), "invitedPersons", List.of(),
                        "categories", List.of("SCHOOL_OCCUPATION", "CRIMINALITY")),
                "Handläggare Ett", "SN 2026/77");
    }

    /**
     * A consent form signed on the day by the youth and both guardians with custody, valid from that day until six
     * months from today, for the scope given.
     */
    public static Map<String, Object> consentForm(String caseId, String youthRef, LocalDate born, LocalDate signed,
                                                  Map<String, Object> scope, String handlerName, String signedFormRef) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("scope", scope);
        terms.put("validFrom", signed.toString());
        terms.put("validUntil", TODAY.plusMonths(6).toString());
        terms.put("guardiansWithCustody", List.of("G-MOTHER01", "G-FATHER01"));
        terms.put("signatures", List.of(Map.of("signer", "YOUTH", "signedOn", signed.toString()),
                Map.of("signer", "GUARDIAN", "guardianRef", "G-MOTHER01", "signedOn", signed.toString()),
                Map.of("signer", "GUARDIAN", "guardianRef", "G-FATHER01", "signedOn", signed.toString())));
        terms.put("handler", Map.of("name", handlerName, "phone", "063-14 30 00", "agency", "SOCIAL_SERVICES"));
        terms.put("signedFormRef", signedFormRef);
        terms.put("researchFollowUp", false);
        return Map.of("caseId", caseId, "youthRef", youthRef, "youthBirthDate", born.toString(), "terms", terms);
    }

    /**
     * A valid personal identity number of someone born on the day (serial 238, check digit by the Luhn rule), for
     * tests that attach a youth's identity: it must agree with the birth date the consent was signed for.
     */
    public static String personalIdentityNumberBornOn(LocalDate born) {
        String digits = String.format("%02d%02d%02d238", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth());
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return String.format("%04d%02d%02d-238%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                (10 - sum % 10) % 10);
    }

    /** A guardian withdraws the consent. */
    public static Map<String, Object> revocation() {
        return Map.of("revokedBy", "GUARDIAN", "guardianRef", "G-MOTHER01", "reason", "familjen vill avsluta");
    }

    /**
     * The plan agreed at the first meeting: school (the school's action), crime (the police's), health (social
     * services').
     */
    public static Map<String, Object> plan() {
        return Map.of("agreedOn", TODAY.toString(), "present",
                List.of("Mamma", "Kim", "Samordnaren", "Mentorn", "Polisen"), "mainGoal",
                "Kim ska sluta med sitt kriminella beteende", "actions", List.of(
                        action("SCHOOL_OCCUPATION", "Gå i skolan varje dag", "Mentorn ringer hem vid frånvaro",
                        "Anna Berg", "SCHOOL", "skola"), action("CRIMINALITY", "Inga nya brott",
                        "Samtal med ungdomspolisen varannan vecka", "Erik Holm", "POLICE", "polis"),
                        action("HEALTH", "Minska cannabisbruket", "Behandlingssamtal", "Sara Lind", "SOCIAL_SERVICES",
                        "soc")),
                "commitments", List.of(), "followUp", Map.of("date", TODAY.plusWeeks(6).toString(), "time", "14:00",
                "place", "Fritidsgården"), "acuteContact", "Samordnaren, 063-14 30 00");
    }

    private static Map<String, Object> action(String area, String goal, String what, String person, String agency,
                                              String ref) {
        return Map.of("area", area, "goal", goal, "actions", what, "dueOn", TODAY.plusDays(20).toString(), "step", 1,
                "documentation", "Anteckning i journalen", "responsible",
                Map.of("person", person, "agency", agency, "participantRef", ref));
    }
}
