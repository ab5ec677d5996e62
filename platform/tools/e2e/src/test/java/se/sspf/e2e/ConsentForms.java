package se.sspf.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.testsupport.SampleForms;

/** Consent forms a youth under 18 signed with both guardians, with the free-text fields the sweep marks. */
final class ConsentForms {

    static final LocalDate TODAY = SampleForms.TODAY;

    private ConsentForms() {
    }

    /** The form's free text: the handler's name, the signed form's reference and an invited person's role. */
    record FreeText(String handlerName, String signedFormRef, String invitedRole) {

        static FreeText plain() {
            return new FreeText("Handläggare Ett", "SN 2026/77", "fotbollstränare");
        }
    }

    static final LocalDate FIFTEEN_YEAR_OLD_BORN = TODAY.minusYears(15).minusDays(40);
    static final LocalDate TURNED_EIGHTEEN_YESTERDAY = TODAY.minusYears(18).minusDays(1);

    /** A 15-year-old's consent, signed today, for six months. */
    static Map<String, Object> fifteenYearOld(String caseId, String youthRef, Set<Agency> agencies,
            Set<InformationCategory> categories,
                                              FreeText text) {
        return form(caseId, youthRef, FIFTEEN_YEAR_OLD_BORN, TODAY, agencies, categories, text);
    }

    /**
     * Expired without a clock: the youth turned 18 yesterday and signed two days ago, at 17, with the
     * guardians; such a consent ends at the 18th birthday until the youth reconfirms it.
     */
    static Map<String, Object> turnedEighteenYesterday(String caseId, String youthRef, Set<Agency> agencies,
                                                       Set<InformationCategory> categories, FreeText text) {
        return form(caseId, youthRef, TURNED_EIGHTEEN_YESTERDAY, TODAY.minusDays(2), agencies, categories, text);
    }

    private static Map<String, Object> form(String caseId, String youthRef, LocalDate born, LocalDate signed,
                                            Set<Agency> agencies, Set<InformationCategory> categories, FreeText text) {
        return SampleForms.consentForm(caseId, youthRef, born, signed,
                Map.of("agencies", agencies, "categories", categories, "invitedPersons",
                List.of(Map.of("ref", "P-COACH0001", "role", text.invitedRole()))), text.handlerName(),
                text.signedFormRef());
    }
}
