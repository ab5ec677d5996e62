package se.sspf.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import se.sspf.testsupport.architecture.ServiceArchitecture;

@AnalyzeClasses(packages = "se.sspf.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules of structure every service keeps (platform/libraries/test-support). */
    @ArchTest
    static final ArchTests serviceArchitecture = ArchTests.in(ServiceArchitecture.class);

    /**
     * What another agency sees of a plan is opened through GatedReads, in PlanVisibility; nothing asks the gate itself.
     */
    @ArchTest
    static final ArchRule nothingAsksTheGateItself = noClasses().should().dependOnClassesThat()
            .haveSimpleName("ConsentGate");
}
