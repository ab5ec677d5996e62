package se.sspf.consent;

import se.sspf.contracts.Agency;
import se.sspf.contracts.time.SwedishTime;
import se.sspf.platform.caseview.CaseServiceEvents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A registration request as a client sends it: a 15-year-old, both guardians with custody, school, social services and
 * police.
 */
final class ConsentForm {

    static final LocalDate TODAY = LocalDate.now(SwedishTime.ZONE);

    final UUID caseId;
    final String youthRef;
    private LocalDate birthDate = TODAY.minusYears(15).minusDays(40);
    private LocalDate validUntil = TODAY.plusMonths(6);
    private List<String> agencies = List.of("SCHOOL", "SOCIAL_SERVICES", "POLICE");
    private final List<Map<String, Object>> signatures = new ArrayList<>(List.of(
            Map.of("signer", "YOUTH", "signedOn", TODAY.toString()),
            Map.of("signer", "GUARDIAN", "guardianRef", "G-MOTHER01", "signedOn", TODAY.toString()),
            Map.of("signer", "GUARDIAN", "guardianRef", "G-FATHER01", "signedOn", TODAY.toString())));

    private ConsentForm(String youthRef) {
        this(UUID.randomUUID(), youthRef);
    }

    private ConsentForm(UUID caseId, String youthRef) {
        this.caseId = caseId;
        this.youthRef = youthRef;
    }

    static ConsentForm signedByGuardiansAndYouth() {
        return new ConsentForm("Y-" + UUID.randomUUID().toString().substring(0, 13));
    }

    /** The same youth's consent for another case. */
    static ConsentForm forAnotherCaseOf(ConsentForm other) {
        return new ConsentForm(other.youthRef);
    }

    ConsentForm withoutFathersSignature() {
        signatures.removeIf(signature -> "G-FATHER01".equals(signature.get("guardianRef")));
        return this;
    }

    ConsentForm bornOn(LocalDate day) {
        birthDate = day;
        return this;
    }

    /** The same case's youth (a new consent for the case, once the first one is revoked). */
    static ConsentForm anotherForTheSameCaseAs(ConsentForm other) {
        return new ConsentForm(other.caseId, other.youthRef);
    }

    /** Another case's youth named on this case's form. */
    ConsentForm naming(String anotherYouthRef) {
        return new ConsentForm(caseId, anotherYouthRef);
    }

    ConsentForm validUntil(LocalDate day) {
        validUntil = day;
        return this;
    }

    ConsentForm agencies(String... names) {
        agencies = List.of(names);
        return this;
    }

    /**
     * The case of this form, told to consent-service as case-service tells it, with the handler taking part:
     * consent-service registers a consent only for a case it knows, by one of its participants.
     */
    ConsentForm announcedWith(CaseServiceEvents caseEvents) {
        caseEvents.offered(CaseServiceEvents.TestCase.of(caseId, "2380", youthRef),
                List.of(new CaseServiceEvents.Member(ConsentServiceInstance.HANDLER_REF, Agency.SOCIAL_SERVICES,
                "COORDINATOR")));
        return this;
    }

    Map<String, Object> request() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("scope", Map.of("agencies", agencies, "invitedPersons",
                List.of(Map.of("ref", "P-COACH001", "role", "football coach")), "categories",
                List.of("SCHOOL_OCCUPATION", "CRIMINALITY")));
        terms.put("validFrom", TODAY.toString());
        terms.put("validUntil", validUntil.toString());
        terms.put("guardiansWithCustody", List.of("G-MOTHER01", "G-FATHER01"));
        terms.put("signatures", signatures);
        terms.put("handler", Map.of("name", "Handläggare Ett", "phone", "063-14 30 00", "agency", "SOCIAL_SERVICES"));
        terms.put("signedFormRef", "SN 2026/1432");
        terms.put("researchFollowUp", true);
        return Map.of("caseId", caseId.toString(), "youthRef", youthRef, "youthBirthDate", birthDate.toString(),
                "terms", terms);
    }

    Map<String, Object> question(String owner, String reader, String category) {
        return Map.of("youthRef", youthRef, "ownerAgency", owner, "readerAgency", reader, "category", category);
    }
}
