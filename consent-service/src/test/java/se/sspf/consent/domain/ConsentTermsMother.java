package se.sspf.consent.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;

/** Consent forms for the tests, built like the paper form is filled in. */
final class ConsentTermsMother {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate FIFTEEN_YEAR_OLD = LocalDate.of(2011, 3, 14);
    static final LocalDate NINETEEN_YEAR_OLD = LocalDate.of(2007, 6, 2);
    static final LocalDate TURNS_18_IN_MARCH = LocalDate.of(2009, 3, 2);

    private Set<Agency> agencies = Set.of(Agency.SCHOOL, Agency.SOCIAL_SERVICES, Agency.POLICE);
    private Set<InformationCategory> categories = Set.of(InformationCategory.SCHOOL_OCCUPATION,
            InformationCategory.CRIMINALITY);
    private LocalDate validFrom = TODAY;
    private LocalDate validUntil = TODAY.plusMonths(7);
    private List<String> custody = List.of("G-MOTHER01", "G-FATHER01");
    private final List<Signature> signatures = new ArrayList<>(List.of(youthSigned()));
    private MaturityAssessment assessment;

    static ConsentTermsMother form() {
        return new ConsentTermsMother();
    }

    /** Under 18: both guardians with custody and the youth have signed. */
    static ConsentTerms signedByGuardiansAndYouth() {
        return form().guardianSigned("G-MOTHER01").guardianSigned("G-FATHER01").terms();
    }

    static Signature youthSigned() {
        return new Signature(SignerRole.YOUTH, null, TODAY);
    }

    ConsentTermsMother guardianSigned(String guardianRef) {
        signatures.add(new Signature(SignerRole.GUARDIAN, guardianRef, TODAY));
        return this;
    }

    ConsentTermsMother withoutSignatures() {
        signatures.clear();
        return this;
    }

    ConsentTermsMother custody(String... guardianRefs) {
        custody = List.of(guardianRefs);
        return this;
    }

    ConsentTermsMother assessedMatureBy(Agency agency) {
        assessment = new MaturityAssessment("social-worker-7", agency, TODAY.minusDays(3),
                "16 and mature; lives on their own");
        return this;
    }

    ConsentTermsMother agencies(Agency... names) {
        agencies = Set.of(names);
        return this;
    }

    ConsentTermsMother categories(InformationCategory... names) {
        categories = Set.of(names);
        return this;
    }

    ConsentTermsMother valid(LocalDate from, LocalDate until) {
        validFrom = from;
        validUntil = until;
        return this;
    }

    ConsentTerms terms() {
        return new ConsentTerms(agencies, List.of(new InvitedPerson("P-COACH001", "football coach")), categories,
                validFrom, validUntil, custody, signatures, assessment,
                new Handler("Handläggare Ett", "063-14 30 00", Agency.SOCIAL_SERVICES), "diarium SN 2026/1432", true);
    }
}
