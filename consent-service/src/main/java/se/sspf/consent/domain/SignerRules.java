package se.sspf.consent.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.sspf.contracts.Agency;

/**
 * Who must sign, following the consent form (appendix 2) and the guardians' page (001):
 * <ul>
 *   <li>the youth signs every consent;</li>
 *   <li>under 18, every guardian with custody signs together with the youth, unless social services
 *       has recorded an assessment (who, when, why) that the youth's own consent suffices;</li>
 *   <li>from 18, the youth consents alone.</li>
 * </ul>
 * Plus the frame of the form: a validity period that has not already ended, at least two agencies
 * to share between and at least one category of information.
 */
public final class SignerRules {

    public static final int AGE_OF_MAJORITY = 18;

    private SignerRules() {
    }

    public static void check(LocalDate birthDate, LocalDate today, ConsentTerms terms) {
        if (birthDate.isAfter(today)) {
            throw new ConsentRuleViolation("birth-date-in-the-past", "youthBirthDate",
                    "the youth's birth date is in the future");
        }
        checkSignatures(birthDate, today, terms);
        checkFrame(today, terms);
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    private static void checkSignatures(LocalDate birthDate, LocalDate today, ConsentTerms terms) {
        List<Signature> signatures = terms.signatures();
        if (signatures.stream().anyMatch(signature -> signature.signedOn().isAfter(today))) {
            throw new ConsentRuleViolation("signed-before-registration", "signatures",
                    "a signature is dated after today");
        }
        if (signatures.stream().noneMatch(signature -> signature.signer() == SignerRole.YOUTH)) {
            throw new ConsentRuleViolation("youth-signs", "signatures", "the youth signs every consent");
        }
        Set<String> signingGuardians = new LinkedHashSet<>();
        for (int i = 0; i < signatures.size(); i++) {
            Signature signature = signatures.get(i);
            if (signature.signer() != SignerRole.GUARDIAN) {
                continue;
            }
            if (signature.guardianRef() == null) {
                throw new ConsentRuleViolation("signing-guardian-is-named", "signatures[" + i + "].guardianRef",
                        "a guardian's signature names the guardian who signed");
            }
            signingGuardians.add(signature.guardianRef());
        }
        if (!terms.guardiansWithCustody().containsAll(signingGuardians)) {
            throw new ConsentRuleViolation("signing-guardian-has-custody", "signatures",
                    "only a guardian with custody signs for the youth");
        }
        if (ageOn(birthDate, terms.youthSignedOn()) >= AGE_OF_MAJORITY) {
            checkAdult(terms, signingGuardians);
        } else if (terms.maturityAssessment() != null) {
            checkAssessment(today, terms.maturityAssessment());
        } else {
            checkGuardiansSigned(terms, signingGuardians);
        }
    }

    private static void checkAdult(ConsentTerms terms, Set<String> signingGuardians) {
        if (!signingGuardians.isEmpty()) {
            throw new ConsentRuleViolation("adult-consents-alone", "signatures",
                    "from 18 the youth consents alone; guardians do not sign");
        }
        if (terms.maturityAssessment() != null) {
            throw new ConsentRuleViolation("adult-consents-alone", "maturityAssessment",
                    "a maturity assessment is for a youth under 18; from 18 the youth consents alone");
        }
    }

    private static void checkAssessment(LocalDate today, MaturityAssessment assessment) {
        if (assessment.agency() != Agency.SOCIAL_SERVICES) {
            throw new ConsentRuleViolation("maturity-assessed-by-social-services", "maturityAssessment.agency",
                    "only social services assesses that a youth's own consent suffices");
        }
        if (assessment.assessedOn().isAfter(today)) {
            throw new ConsentRuleViolation("maturity-assessed-by-social-services", "maturityAssessment.assessedOn",
                    "the maturity assessment is dated after today");
        }
    }

    private static void checkGuardiansSigned(ConsentTerms terms, Set<String> signingGuardians) {
        if (terms.guardiansWithCustody().isEmpty()) {
            throw new ConsentRuleViolation("guardians-with-custody-sign", "guardiansWithCustody",
                    "under 18 the guardians with custody sign together with the youth: name them, or record social "
                    + "services' maturity assessment");
        }
        List<String> missing = terms.guardiansWithCustody().stream()
                .filter(guardian -> !signingGuardians.contains(guardian)).toList();
        if (!missing.isEmpty()) {
            throw new ConsentRuleViolation("guardians-with-custody-sign", "signatures",
                    "under 18 every guardian with custody signs; missing: " + String.join(", ", missing));
        }
    }

    private static void checkFrame(LocalDate today, ConsentTerms terms) {
        if (terms.validUntil().isBefore(terms.validFrom())) {
            throw new ConsentRuleViolation("validity-period", "validUntil", "valid-until is before valid-from");
        }
        if (terms.validUntil().isBefore(today)) {
            throw new ConsentRuleViolation("validity-period", "validUntil", "valid-until has already passed");
        }
        if (terms.agencies().size() < 2) {
            throw new ConsentRuleViolation("scope-names-two-agencies", "scope.agencies",
                    "a consent to exchange information names at least two agencies");
        }
        if (terms.categories().isEmpty()) {
            throw new ConsentRuleViolation("scope-names-a-category", "scope.categories",
                    "a consent names at least one category of information");
        }
    }
}
