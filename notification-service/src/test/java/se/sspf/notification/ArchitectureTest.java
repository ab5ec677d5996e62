package se.sspf.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import se.sspf.testsupport.architecture.ServiceArchitecture;

@AnalyzeClasses(packages = "se.sspf.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules of structure every service keeps (platform/libraries/test-support). */
    @ArchTest
    static final ArchTests serviceArchitecture = ArchTests.in(ServiceArchitecture.class);

    /** A name is asked for in one place, where messages are written (the message package), and of case-service. */
    @ArchTest
    static final ArchRule onlyTheComposerAsksForNames = noClasses()
            .that().resideOutsideOfPackage("..notification.message..")
            .should().dependOnClassesThat().haveSimpleName("YouthNames");
}
