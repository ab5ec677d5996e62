package se.sspf.platform.consentgate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import se.sspf.testsupport.architecture.ServiceArchitecture;

/** The rules every service applies fail on a service that hands an agency's record around the gate, and only then. */
class ServiceArchitectureTest {

    private static final String FIXTURES = "se.sspf.platform.consentgate.architecture";

    @Test
    void aStoreThatHandsOutAnAgencysRecordBareBreaksTheRuleWhereverTheRecordStands() {
        EvaluationResult result = ServiceArchitecture.AGENCY_RECORDS_LEAVE_STORES_SEALED.evaluate(classes(FIXTURES
                + ".bypassing"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("NoteStore.notes()", "NoteOfAnAgency unsealed"))
                .anySatisfy(detail -> assertThat(detail).contains("NoteStore.find()", "NoteOfAnAgency unsealed"));
    }

    @Test
    void sqlOutsideAStoreBreaksTheRule() {
        EvaluationResult result = ServiceArchitecture.SQL_ONLY_IN_STORES.evaluate(classes(FIXTURES + ".bypassing"));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("NoteReading"));
    }

    @Test
    void aDomainThatKnowsAFrameworkAndCodeThatUsesAnotherServiceBreakTheirRules() {
        JavaClasses bypassing = classes(FIXTURES + ".bypassing");

        assertThat(ServiceArchitecture.DOMAIN_KNOWS_NO_FRAMEWORKS.evaluate(bypassing).getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("RuleThatKnowsSpring"));
        assertThat(ServiceArchitecture.USES_NO_OTHER_SERVICE.evaluate(bypassing).getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("ReachesIntoAService", "ConsentServiceApplication"));
        assertThat(ServiceArchitecture.DOMAIN_KNOWS_NO_FRAMEWORKS.evaluate(classes(FIXTURES + ".sealed"))
                .hasViolation()).isFalse();
    }

    @Test
    void aControllerThatReadsAStoreItselfBreaksTheRule() {
        EvaluationResult result = ServiceArchitecture.CONTROLLERS_ONLY_DELEGATE.evaluate(classes(FIXTURES
                + ".bypassing"));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("NoteController", "NoteStore"));
    }

    @Test
    void aServiceWhoseStoresSealAndWhoseControllersDelegateKeepsEveryRule() {
        JavaClasses sealed = classes(FIXTURES + ".sealed");

        assertThat(ServiceArchitecture.AGENCY_RECORDS_LEAVE_STORES_SEALED.evaluate(sealed).getFailureReport()
                .getDetails())
                .isEmpty();
        assertThat(ServiceArchitecture.SQL_ONLY_IN_STORES.evaluate(sealed).getFailureReport().getDetails()).isEmpty();
        assertThat(ServiceArchitecture.CONTROLLERS_ONLY_DELEGATE.evaluate(sealed).getFailureReport().getDetails())
                .isEmpty();
        assertThat(ServiceArchitecture.USES_NO_OTHER_SERVICE.evaluate(sealed).getFailureReport().getDetails())
                .isEmpty();
    }

    private static JavaClasses classes(String packageName) {
        return new ClassFileImporter().importPackages(packageName);
    }
}
